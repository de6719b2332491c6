/**
 * The unit-mention linker as a Sätteri mdast plugin (Astro 7's native Markdown processor), with
 * the same rules and the same core as the remark plugin (remark-unit-mentions.ts): first linkable
 * mention per unit per document, never inside links, link references, headings or MDX/HTML.
 */
import type { PhrasingContent } from 'mdast';
import { mentionParts, type UnitMentionsOptions } from './remark-unit-mentions.ts';

const NO_LINK_ANCESTORS = new Set(['link', 'linkReference', 'heading', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

interface Node {
  type: string;
  value?: string;
}
interface VisitorContext {
  parent(node: Node): Node | undefined;
  replaceNode(node: Node, replacement: PhrasingContent[]): void;
}

/** A plugin factory: Sätteri calls it once per document, so each document starts afresh. */
export function satteriUnitMentions(options: UnitMentionsOptions) {
  return () => {
    const linked = new Set<string>();
    const mentioned = new Set<string>();
    return {
      name: 'unit-mentions',
      text(node: Node, ctx: VisitorContext) {
        for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
          if (NO_LINK_ANCESTORS.has(p.type)) return;
        }
        const parts = mentionParts(node.value ?? '', options, linked, mentioned);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
