/**
 * File types the site serves, once: the documents a document may attach (what the check accepts,
 * how a page names them, how they are served), and the editing UI's and search index's files.
 */

/** Files a document may attach, by extension: the label readers see and the type it is served as. */
export const DOCUMENT_FILE_TYPES: Record<string, { label: string; contentType: string }> = {
  pdf: { label: 'PDF', contentType: 'application/pdf' },
  docx: { label: 'DOCX', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  doc: { label: 'DOC', contentType: 'application/msword' },
  xlsx: { label: 'XLSX', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { label: 'ODT', contentType: 'application/vnd.oasis.opendocument.text' },
};

const OTHER_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

const extensionOf = (name: string) => (name.includes('.') ? name.split('.').pop()!.toLowerCase() : '');

/** The attachable document type of a file name, if it is one. */
export function documentFileType(name: string): { label: string; contentType: string } | undefined {
  return DOCUMENT_FILE_TYPES[extensionOf(name)];
}

/** The Content-Type a file is served with, by its name. */
export function contentType(name: string): string {
  const ext = extensionOf(name);
  return DOCUMENT_FILE_TYPES[ext]?.contentType ?? OTHER_TYPES[ext] ?? 'application/octet-stream';
}
