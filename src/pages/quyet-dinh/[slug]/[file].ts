/** A file stored with a document (content/decisions/tep/…), served beside the document's page. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { getModel } from '../../../astro/model-store.ts';
import { documentFilePath } from '../../../source/paths.ts';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
};

export async function getStaticPaths() {
  return (await getModel()).decisions.flatMap((d) =>
    (d.files ?? []).flatMap((f) => (f.file ? [{ params: { slug: d.id, file: f.file.split('/').pop()! }, props: { path: f.file } }] : [])),
  );
}

export const GET: APIRoute = ({ props, params }) =>
  new Response(new Uint8Array(readFileSync(documentFilePath((props as { path: string }).path))), {
    headers: { 'Content-Type': TYPES[String(params.file).split('.').pop()!.toLowerCase()] ?? 'application/octet-stream' },
  });
