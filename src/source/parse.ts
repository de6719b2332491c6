/**
 * A value checked against its schema, each issue reported at its file and field in Vietnamese.
 */
import type { z } from 'zod';
import { fieldPath, type Problems } from '../lib/problems.ts';

/** `data` parsed by `schema`; every issue goes to `problems` at `file` › `prefix` + its path. */
export function parseInto<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  prefix: string,
  problems: Problems,
): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath([...(prefix ? [prefix] : []), ...issue.path]) || prefix;
    problems.at(file).error(field, describeIssue(issue, valueAt(data, issue.path)));
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi', number: 'số', boolean: 'true/false', array: 'danh sách [...]', object: 'đối tượng {...}',
};
const typeName = (v: unknown) => TYPE_NAMES[Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v] ?? String(v === null ? 'null' : typeof v);

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'thiếu trường bắt buộc';
    return `sai kiểu: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhưng là ${typeName(value)} ${JSON.stringify(value)}`;
  }
  if (issue.code === 'unrecognized_keys') return `trường không được hỗ trợ: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `giá trị ${JSON.stringify(value)} không hợp lệ; chọn một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}
