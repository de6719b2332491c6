/**
 * File types the site serves: the documents a document may attach (what the check accepts and
 * how a page names them), and the Content-Type of every served file, from `mrmime` (the types of
 * the mime database, the same table the test and preview servers use through `sirv`).
 */
import { lookup } from 'mrmime';

/** Files a document may attach, by extension: the label readers see. */
export const DOCUMENT_FILE_TYPES: Record<string, { label: string }> = {
  pdf: { label: 'PDF' },
  docx: { label: 'DOCX' },
  doc: { label: 'DOC' },
  xlsx: { label: 'XLSX' },
  odt: { label: 'ODT' },
};

const extensionOf = (name: string) => (name.includes('.') ? name.split('.').pop()!.toLowerCase() : '');

/** The attachable document type of a file name, if it is one. */
export function documentFileType(name: string): { label: string } | undefined {
  return DOCUMENT_FILE_TYPES[extensionOf(name)];
}

/** The Content-Type a file is served with, by its name (text in UTF-8). */
export function contentType(name: string): string {
  const type = lookup(name) ?? 'application/octet-stream';
  return /^text\/|\/json$|\/xml$|\+xml$/.test(type) ? `${type}; charset=utf-8` : type;
}
