/**
 * remark plugin: link the first mention of each unit in an article body to the unit's page, and
 * record every unit mentioned (in `file.data.astro.frontmatter.unitMentions` when Astro's
 * frontmatter object is present, and always in `file.data.unitMentions`).
 *
 * Never links inside links, link references, headings, code or HTML/JSX. One pass over the text
 * nodes with the matcher built once per build (see mentions.ts).
 */
import type { Root, PhrasingContent, Parent, Text } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { createMatcher, type MentionMatcher } from './mentions.ts';
import type { UnitData } from './schemas.ts';
import { unitSlug } from './units.ts';
import { ROUTES } from './routes.ts';

export interface UnitMentionsOptions {
  matcher: MentionMatcher;
  /** URL of a unit's page, by unit id. */
  href: (unitId: string) => string;
}

const NO_LINK_INSIDE = new Set([
  'link',
  'linkReference',
  'heading',
  'code',
  'inlineCode',
  'html',
  'definition',
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
  'mdxTextExpression',
  'mdxFlowExpression',
]);

interface VFileLike {
  data: { unitMentions?: string[]; astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Transform a tree in place: the first linkable mention of each unit becomes a link. Returns every
 * unit mentioned anywhere (headings and links included), in order of first mention.
 */
export function linkUnitMentions(tree: Root, { matcher, href }: UnitMentionsOptions): string[] {
  const mentioned = new Set<string>();
  const linked = new Set<string>();
  const edits: { parent: Parent; node: Text; parts: PhrasingContent[] }[] = [];

  visitParents(tree, (node, ancestors) => {
    if (NO_LINK_INSIDE.has(node.type)) {
      // Mentions inside headings and links still count; they are just not linked.
      if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference') {
        visitParents(node, 'text', (t) => {
          for (const m of matcher.find(t.value)) mentioned.add(m.unit);
        });
      }
      return SKIP;
    }
    if (node.type !== 'text') return;
    const parts = mentionParts(node.value, { matcher, href }, linked, mentioned);
    if (parts) edits.push({ parent: ancestors[ancestors.length - 1] as Parent, node, parts });
  });

  for (const { parent, node, parts } of edits) {
    const index = parent.children.indexOf(node as never);
    parent.children.splice(index, 1, ...(parts as never[]));
  }
  return [...mentioned];
}

/**
 * The replacement for one text node: text and links, where the first mention of each unit not
 * yet in `linked` becomes a link. Returns null when nothing changes. Updates both sets.
 */
export function mentionParts(
  value: string,
  { matcher, href }: UnitMentionsOptions,
  linked: Set<string>,
  mentioned: Set<string>,
): PhrasingContent[] | null {
  const found = matcher.find(value);
  if (found.length === 0) return null;
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const m of found) {
    mentioned.add(m.unit);
    if (linked.has(m.unit)) continue;
    linked.add(m.unit);
    if (m.start > cursor) parts.push({ type: 'text', value: value.slice(cursor, m.start) });
    parts.push({
      type: 'link',
      url: href(m.unit),
      data: { hProperties: { className: ['unit-mention'] } },
      children: [{ type: 'text', value: m.text }],
    });
    cursor = m.end;
  }
  if (cursor === 0) return null;
  if (cursor < value.length) parts.push({ type: 'text', value: value.slice(cursor) });
  return parts;
}

/** The unified attacher: `[remarkUnitMentions, { matcher, href }]`. */
export function remarkUnitMentions(options: UnitMentionsOptions) {
  return (tree: Root, file: VFileLike) => {
    const mentioned = linkUnitMentions(tree, options);
    file.data.unitMentions = mentioned;
    const fm = file.data.astro?.frontmatter;
    if (fm) fm.unitMentions = mentioned;
  };
}

/** Plugin options for a set of units: one matcher, and links to `/don-vi/<slug>/`. */
export function unitMentionsOptions(
  units: readonly Pick<UnitData, 'id' | 'kind' | 'name' | 'aliases' | 'slug'>[],
): UnitMentionsOptions {
  const slugs = new Map(units.map((u) => [u.id, unitSlug(u)]));
  return { matcher: createMatcher(units), href: (id) => ROUTES.unit(slugs.get(id) ?? id) };
}
