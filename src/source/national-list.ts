/**
 * The national list as files (data/README.md): read from the project's data/ folder and imported
 * (src/lib/national-list.ts). A file missing or malformed is one error naming the file, and the
 * line and column (JSON) or the line (CSV).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJsonText } from '../lib/json-text.ts';
import { buildLineage, DataError, readMapping, readNationalList, type Lineage, type NationalList } from '../lib/national-list.ts';
import { projectDir } from './paths.ts';

export const DATA_FILES = { list: 'data/vn-units-2026.json', mapping: 'data/vn-units-2025-mapping.csv' } as const;

function readData(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp' : (err as Error).message;
    throw new DataError(shown, '', why);
  }
}

/** The list and the lineage of every new unit, from the project's data/ (or `dir`'s). */
export function readNationalData(dir = projectDir(), cwd = process.cwd()): { list: NationalList; lineage: Lineage } {
  const listPath = join(dir, DATA_FILES.list);
  const mappingPath = join(dir, DATA_FILES.mapping);
  const shownList = relative(cwd, listPath) || listPath;
  const shownMapping = relative(cwd, mappingPath) || mappingPath;
  const json = parseJsonText(readData(listPath, shownList));
  if (!json.ok) throw new DataError(shownList, `dòng ${json.line}, cột ${json.column}`, json.message);
  const list = readNationalList(json.value, shownList);
  const rows = readMapping(readData(mappingPath, shownMapping), shownMapping);
  return { list, lineage: buildLineage(list, rows) };
}
