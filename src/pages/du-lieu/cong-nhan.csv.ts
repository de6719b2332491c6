import { getPortal } from '../../data/portal.ts';
import { RECOGNITION_COLUMNS, recognitionRows, toCsv } from '../../lib/opendata.ts';

export async function GET() {
  const rows = recognitionRows(await getPortal());
  const csv = toCsv(RECOGNITION_COLUMNS.map(([c]) => c), rows as unknown as Record<string, string | number | null>[]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
