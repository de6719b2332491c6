/**
 * The editing UI's configuration, generated from the content model (src/lib/cms-config.ts). The
 * repository it signs in to is GitHub Actions' GITHUB_REPOSITORY when the site is built there, or
 * PORTAL_REPOSITORY.
 */
import { cmsConfig } from '../../lib/cms-config.ts';

export function GET() {
  const repository = process.env.PORTAL_REPOSITORY ?? process.env.GITHUB_REPOSITORY ?? 'to-chuc/cong-thong-tin';
  return new Response(JSON.stringify(cmsConfig({ repository }), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
