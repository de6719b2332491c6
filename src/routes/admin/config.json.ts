/**
 * The editing UI's configuration, generated from the content model (src/lib/cms-config.ts). The
 * repository it signs in to is GitHub Actions' GITHUB_REPOSITORY when the site is built there, or
 * PORTAL_REPOSITORY.
 */
import { sitePages } from '../../astro/site-routes.ts';
import { cmsRepository } from '../../astro/cms-files.ts';
import { cmsConfig } from '../../lib/cms-config.ts';
import { siteSettings } from '../../astro/model-store.ts';
import { contentRoot, repositoryPaths } from '../../source/paths.ts';

export const getStaticPaths = sitePages;

export function GET() {
  // A site of a province edits its own folder only (content/sites/<id>/).
  // Where it saves, and whether a leader approves before publishing: site.json `editing`.
  const config = cmsConfig({ repository: cmsRepository(), ...repositoryPaths(contentRoot()), editing: siteSettings().editing });
  return new Response(JSON.stringify(config, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
