/**
 * The schema.org vocabulary as the maintained npm package schema-dts gives it (its typings, one
 * interface per type with the properties schema.org defines for it, each extending the types it
 * inherits from): which properties each type has, to check the JSON-LD of built pages with no list
 * kept by hand.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Interfaces = Map<string, { parents: string[]; properties: string[] }>;

/** Every interface of schema-dts's typings: its parents and the properties it declares. */
function readInterfaces(): Interfaces {
  const text = readFileSync(join(dirname(createRequire(import.meta.url).resolve('schema-dts')), 'schema.d.ts'), 'utf8');
  const interfaces: Interfaces = new Map();
  for (const m of text.matchAll(/^(?:export )?interface (\w+) extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
    const parents = m[2]!.split(',').map((p) => p.trim().replace(/^Partial<(\w+)>$/, '$1'));
    const properties = [...m[3]!.matchAll(/^ {4}"([\w@]+)"\??:/gm)].map((p) => p[1]!);
    interfaces.set(m[1]!, { parents, properties });
  }
  return interfaces;
}

let interfaces: Interfaces | undefined;

/** The properties schema.org defines for `type` (its own and inherited); undefined for a type it does not have. */
export function schemaOrgProperties(type: string): Set<string> | undefined {
  interfaces ??= readInterfaces();
  const leaf = interfaces.get(`${type}Leaf`);
  if (!leaf) return undefined;
  const found = new Set<string>();
  const visit = (name: string) => {
    const i = interfaces!.get(name);
    if (!i) return;
    for (const p of i.properties) found.add(p);
    for (const parent of i.parents) visit(parent);
  };
  visit(`${type}Leaf`);
  return found;
}

/** Each property of a JSON-LD value not defined for its @type (nested values and @graph included), as "Type.property". */
export function undefinedProperties(value: unknown, where: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => undefinedProperties(v, where));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const type = typeof record['@type'] === 'string' ? record['@type'] : undefined;
  const known = type ? schemaOrgProperties(type) : undefined;
  const out: string[] = type && !known ? [`${type} (not a schema.org type)`] : [];
  for (const [key, v] of Object.entries(record)) {
    if (known && !key.startsWith('@') && !known.has(key)) out.push(`${type}.${key}`);
    out.push(...undefinedProperties(v, where));
  }
  return out;
}
