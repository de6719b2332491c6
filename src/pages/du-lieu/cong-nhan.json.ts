import { getPortal } from '../../data/portal.ts';
import { recognitionRows } from '../../lib/opendata.ts';

export async function GET() {
  return new Response(JSON.stringify(recognitionRows(await getPortal()), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
