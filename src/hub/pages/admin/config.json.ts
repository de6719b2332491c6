/** The province's editing UI's configuration (src/lib/cms-config.ts, `provinceCmsConfig`). */
import { provinceCmsConfig } from '../../../lib/cms-config.ts';
import { cmsRepository } from '../../../astro/cms-files.ts';

export function GET() {
  return new Response(JSON.stringify(provinceCmsConfig({ repository: cmsRepository() }), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
