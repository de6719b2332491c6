/**
 * A value checked against its schema, each issue reported at its file and field in Vietnamese:
 * the project's own wording for the mistakes editors make, Zod's Vietnamese locale for the rest,
 * and a schema's own message (its refinements, its patterns) before either.
 */
import { z } from 'zod';
import { vi } from 'zod/locales';
import { fieldPath, type Problems } from '../lib/problems.ts';

/** `data` parsed by `schema`; every issue goes to `problems` at `file` › `prefix` + its path. */
export function parseInto<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  prefix: string,
  problems: Problems,
): z.infer<S> | undefined {
  const result = schema.safeParse(data, { error: issueVi });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath([...(prefix ? [prefix] : []), ...issue.path]) || prefix;
    problems.at(file).error(field, issue.message);
  }
  return undefined;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  array: 'danh sách [...]',
  object: 'đối tượng {...}',
  null: 'null',
};
const typeName = (v: unknown) => TYPE_NAMES[Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v] ?? typeof v;
const shown = (v: unknown) => (v === undefined ? '' : ` ${JSON.stringify(v)}`);

/** What a count is of, by the kind of value it counts. */
const COUNTED: Record<string, string> = { string: 'ký tự', array: 'mục', set: 'mục', file: 'byte' };
const localeVi = vi().localeError;

/** Zod's error map in Vietnamese (exported for its test: no English reaches an editor). */
export const issueVi: z.core.$ZodErrorMap = (issue) => {
  const value = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'thiếu trường bắt buộc';
      // `title:` left blank is null to YAML: the field is there, with nothing in it.
      if (value === null || (typeof value === 'string' && !value.trim())) return 'không được để trống';
      return `sai kiểu: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhưng là ${typeName(value)}${shown(value)}`;
    case 'unrecognized_keys':
      return `trường không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `giá trị${shown(value)} không hợp lệ; chọn một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small': {
      const unit = COUNTED[issue.origin];
      if (unit && Number(issue.minimum) === 1 && issue.inclusive !== false)
        return issue.origin === 'string' ? 'không được để trống' : 'cần ít nhất một mục';
      if (unit) return `cần ít nhất ${issue.minimum} ${unit}`;
      return `${shown(value).trim()} quá nhỏ: phải ${issue.inclusive === false ? 'lớn hơn' : 'từ'} ${issue.minimum}${issue.inclusive === false ? '' : ' trở lên'}`;
    }
    case 'too_big': {
      const unit = COUNTED[issue.origin];
      if (unit) return `nhiều nhất ${issue.maximum} ${unit}`;
      return `${shown(value).trim()} quá lớn: phải ${issue.inclusive === false ? 'nhỏ hơn' : 'không quá'} ${issue.maximum}`;
    }
    case 'invalid_union':
      return `giá trị${shown(value)} không đúng dạng nào được chấp nhận`;
    case 'not_multiple_of':
      return `${shown(value).trim()} phải là bội số của ${issue.divisor}`;
    default:
      return localeVi(issue);
  }
};
