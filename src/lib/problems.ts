/** Problems found in content, each naming the file and the field, as editors read them. */

export type Level = 'error' | 'warning';

export interface Problem {
  level: Level;
  /** Path of the file, relative to the project (or as given). */
  file: string;
  /** Field inside the file: `title`, `groups[1].units[3]`, `[4].name`; "" for the whole file. */
  field: string;
  message: string;
}

/** Collects problems; `at(file)` gives shorthands bound to one file. */
export class Problems {
  readonly list: Problem[] = [];

  add(level: Level, file: string, field: string, message: string): void {
    this.list.push({ level, file, field, message });
  }

  at(file: string) {
    return {
      error: (field: string, message: string) => this.add('error', file, field, message),
      warning: (field: string, message: string) => this.add('warning', file, field, message),
    };
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.level === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.level === 'warning');
  }
}

/** Zod-style issue path → `groups[1].units[3]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** `file › field: message` (the file alone when the whole file is at fault). */
export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file} › ${p.field}` : p.file;
  return `${where}: ${p.message}`;
}

/** The report `npm run check` prints: errors, then warnings, then a count line. */
export function formatReport(problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const [level, heading] of [
    ['error', 'Lỗi (error)'],
    ['warning', 'Cảnh báo (warning)'],
  ] as const) {
    const some = problems.filter((p) => p.level === level);
    if (some.length === 0) continue;
    lines.push(`${heading}:`);
    for (const p of some) lines.push(`  ${formatProblem(p)}`);
  }
  const errors = problems.filter((p) => p.level === 'error');
  const w = problems.length - errors.length;
  // Many warnings push the errors off the screen: the last lines name each again, file and field.
  if (errors.length > 0 && w > 0) {
    lines.push('Cần sửa (nhắc lại các lỗi ở trên):');
    for (const p of errors) lines.push(`  ${p.file}${p.field ? ` › ${p.field}` : ''}`);
  }
  lines.push(`${errors.length} lỗi, ${w} cảnh báo.`);
  return lines.join('\n');
}

/** The drafts a check found, each named: they will not be published until `draft: false`. */
export function formatDrafts(files: readonly string[]): string {
  if (files.length === 0) return '';
  return [
    `Bản nháp (${files.length}), sẽ không lên trang cho đến khi đổi "draft: true" thành "draft: false":`,
    ...files.map((f) => `  bản nháp, chưa đăng: ${f}`),
  ].join('\n');
}
