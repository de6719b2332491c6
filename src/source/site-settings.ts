/** The site settings (content/site.json), read once, with an optional base-URL override for deploys. */
import { join } from 'node:path';
import { formatProblem, Problems } from '../lib/problems.ts';
import { siteSchema, type Site } from '../lib/schemas.ts';
import { contentRoot, LAYOUT } from './paths.ts';
import { parseInto } from './parse.ts';
import { parseJson, readEditorFile } from './read.ts';

/** Read and validate site.json; throws an error naming file and field. `PORTAL_BASE_URL` overrides baseUrl. */
export function readSiteSettings(root = contentRoot(), env: Record<string, string | undefined> = process.env): Site {
  const path = join(root, LAYOUT.site);
  const problems = new Problems();
  const data = parseJson(readEditorFile(path).text, path, problems);
  const site = data === undefined ? undefined : parseInto(siteSchema, data, path, '', problems);
  if (!site) throw new Error(problems.list.map(formatProblem).join('\n'));
  const baseUrl = env.PORTAL_BASE_URL?.trim() || site.baseUrl;
  return { ...site, baseUrl: baseUrl.replace(/\/+$/, '') };
}
