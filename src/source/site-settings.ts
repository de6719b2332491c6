/** The site settings (content/site.json), read once, with an optional base-URL override for deploys. */
import { join } from 'node:path';
import { fieldPath } from '../lib/problems.ts';
import { siteSchema, type Site } from '../lib/schemas.ts';
import { contentRoot, LAYOUT } from './paths.ts';
import { readEditorFile } from './read.ts';

/** Read and validate site.json; throws an error naming file and field. `PORTAL_BASE_URL` overrides baseUrl. */
export function readSiteSettings(root = contentRoot(), env: Record<string, string | undefined> = process.env): Site {
  const path = join(root, LAYOUT.site);
  let data: unknown;
  try {
    data = JSON.parse(readEditorFile(path).text);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
  const result = siteSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${path} › ${fieldPath(i.path)}: ${i.message}`);
    throw new Error(lines.join('\n'));
  }
  const baseUrl = env.PORTAL_BASE_URL?.trim() || result.data.baseUrl;
  return { ...result.data, baseUrl: baseUrl.replace(/\/+$/, '') };
}
