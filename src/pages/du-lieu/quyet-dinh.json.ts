import { getPortal } from '../../data/portal.ts';
import { decisionRecords } from '../../lib/opendata.ts';

export async function GET() {
  return new Response(JSON.stringify(decisionRecords(await getPortal()), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
