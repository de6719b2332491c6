/**
 * The unit-mention linker (mentions.ts) for both Markdown processors the project keeps: a Sätteri
 * mdast plugin (Astro 7's native processor, what the site builds with) and a remark plugin
 * (PORTAL_MARKDOWN=unified). Same rules, same core: first mention per unit per document, never
 * inside NOT_LINKED_INSIDE. tests/unit/mention-plugins.test.ts runs every case through both and
 * expects the same HTML.
 *
 * Both take the links, or a function giving them, so that a pipeline configured before the
 * build's matcher exists (astro.config.mjs) resolves it when the first document arrives.
 */
import type { PhrasingContent, Root, Parent, Text } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { mentionParts, NOT_LINKED_INSIDE, type MentionLinks } from './mentions.ts';

export type MentionLinksSource = MentionLinks | (() => MentionLinks);
const resolve = (source: MentionLinksSource) => (typeof source === 'function' ? source() : source);

/** Link the first linkable mention of each unit in an mdast tree, in place. */
export function linkUnitMentions(tree: Root, links: MentionLinks): void {
  const linked = new Set<string>();
  const edits: { parent: Parent; node: Text; parts: PhrasingContent[] }[] = [];
  visitParents(tree, (node, ancestors) => {
    if (NOT_LINKED_INSIDE.has(node.type)) return SKIP;
    if (node.type !== 'text') return;
    const parts = mentionParts(node.value, links, linked);
    if (parts) edits.push({ parent: ancestors[ancestors.length - 1] as Parent, node, parts });
  });
  for (const { parent, node, parts } of edits) {
    parent.children.splice(parent.children.indexOf(node as never), 1, ...(parts as never[]));
  }
}

/** The unified attacher: `[remarkUnitMentions, links]`. */
export function remarkUnitMentions(source: MentionLinksSource) {
  return (tree: Root) => linkUnitMentions(tree, resolve(source));
}

interface SatteriNode {
  type: string;
  value?: string;
}
interface SatteriContext {
  parent(node: SatteriNode): SatteriNode | undefined;
  replaceNode(node: SatteriNode, replacement: PhrasingContent[]): void;
}

/** A Sätteri plugin factory: Sätteri calls it once per document, so each document starts afresh. */
export function satteriUnitMentions(source: MentionLinksSource) {
  return () => {
    const links = resolve(source);
    const linked = new Set<string>();
    return {
      name: 'unit-mentions',
      text(node: SatteriNode, ctx: SatteriContext) {
        for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
          if (NOT_LINKED_INSIDE.has(p.type)) return;
        }
        const parts = mentionParts(node.value ?? '', links, linked);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
