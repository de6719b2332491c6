/**
 * The portal's Markdown plugins, each for both processors the project keeps: Sätteri (Astro 7's
 * native processor, what the site builds with) and unified/remark (PORTAL_MARKDOWN=unified). Same
 * rules, same core; tests/unit/markdown-plugins.test.ts runs every case through both and expects
 * the same HTML.
 * - Unit mentions (mentions.ts): the first mention of each unit per document becomes a link,
 *   never inside NOT_LINKED_INSIDE.
 * - Photos with captions: a paragraph that is only a photo with a title,
 *   `![Trụ sở UBND xã](anh/tru-so.jpg "Trụ sở UBND xã Bằng Lãng")`, becomes a figure whose
 *   caption is the title.
 *
 * Both take the links, or a function giving them, so that a pipeline configured before the
 * build's matcher exists (astro.config.mjs) resolves it when the first document arrives.
 */
import type { Image, Paragraph, PhrasingContent, Root, Parent, Text } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { mentionParts, NOT_LINKED_INSIDE, type MentionLinks } from './mentions.ts';
import { frontMatterDate } from './dates.ts';

/** The links, or what gives them for the file being rendered (its path or URL, when the pipeline knows it). */
export type MentionLinksSource = MentionLinks | ((file?: string | URL) => MentionLinks);
const resolve = (source: MentionLinksSource, file?: string | URL) => (typeof source === 'function' ? source(file) : source);

/** Link the first linkable mention of each unit in an mdast tree of an article of `date`, in place. */
export function linkUnitMentions(tree: Root, links: MentionLinks, date?: string): void {
  const linked = new Set<string>();
  const edits: { parent: Parent; node: Text; parts: PhrasingContent[] }[] = [];
  visitParents(tree, (node, ancestors) => {
    if (NOT_LINKED_INSIDE.has(node.type)) return SKIP;
    if (node.type !== 'text') return;
    const parts = mentionParts(node.value, links, linked, date);
    if (parts) edits.push({ parent: ancestors[ancestors.length - 1] as Parent, node, parts });
  });
  for (const { parent, node, parts } of edits) {
    parent.children.splice(parent.children.indexOf(node as never), 1, ...(parts as never[]));
  }
}

/** The figure a lone photo with a title becomes (mdast with hast names), or null. */
export function figureFor(paragraph: Pick<Paragraph, 'children'>): Paragraph | null {
  const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
  if (only?.type !== 'image' || !only.title?.trim()) return null;
  const image: Image = { type: 'image', url: only.url, alt: only.alt ?? '', title: null };
  // mdast-util-to-hast reads `data.hName`, which the mdast types do not declare.
  const as = (hName: string) => ({ hName }) as Paragraph['data'];
  return {
    type: 'paragraph',
    data: as('figure'),
    children: [image, { type: 'emphasis', data: as('figcaption'), children: [{ type: 'text', value: only.title.trim() }] }],
  };
}

/** The unified attacher for figures. */
export function remarkFigures() {
  return (tree: Root) => {
    visitParents(tree, 'paragraph', (node, ancestors) => {
      const figure = figureFor(node);
      if (!figure) return;
      const parent = ancestors[ancestors.length - 1] as Parent;
      parent.children.splice(parent.children.indexOf(node), 1, figure);
      return SKIP;
    });
  };
}

/** The Sätteri plugin for figures. */
export function satteriFigures() {
  return {
    name: 'figures',
    paragraph(node: Paragraph, ctx: { replaceNode(node: Paragraph, replacement: Paragraph[]): void }) {
      const figure = figureFor(node);
      if (figure) ctx.replaceNode(node, [figure]);
    },
  };
}

/** What Astro hands a document's plugins (remark: `file.data`; Sätteri: `ctx.data`): its front matter, whose date a mention is read by. */
type DocumentData = { astro?: { frontmatter?: unknown } } | undefined;
const documentDate = (data: DocumentData) => frontMatterDate(data?.astro?.frontmatter);

/** The unified attacher: `[remarkUnitMentions, links]`. */
export function remarkUnitMentions(source: MentionLinksSource) {
  return (tree: Root, file?: { data?: unknown; path?: string }) =>
    linkUnitMentions(tree, resolve(source, file?.path), documentDate(file?.data as DocumentData));
}

interface SatteriNode {
  type: string;
  value?: string;
}
interface SatteriContext {
  parent(node: SatteriNode): SatteriNode | undefined;
  replaceNode(node: SatteriNode, replacement: PhrasingContent[]): void;
}

/** A Sätteri plugin factory: Sätteri calls it once per document (with its data), so each document starts afresh. */
export function satteriUnitMentions(source: MentionLinksSource) {
  return (document?: { data?: unknown; fileURL?: URL }) => {
    const links = resolve(source, document?.fileURL);
    const date = documentDate(document?.data as DocumentData);
    const linked = new Set<string>();
    return {
      name: 'unit-mentions',
      text(node: SatteriNode, ctx: SatteriContext) {
        for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
          if (NOT_LINKED_INSIDE.has(p.type)) return;
        }
        const parts = mentionParts(node.value ?? '', links, linked, date);
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
