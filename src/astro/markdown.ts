/**
 * The one Markdown pipeline of the build. astro.config.mjs hands it to Astro (MDX files go through
 * it), and article pages render their .md bodies with it directly (articles-loader.ts explains why
 * those bodies are not rendered into the content store). Both get the build's one matcher
 * (mentions.ts).
 *
 * Sätteri by default: on the 10k corpus its content sync took 20 s against 85 s for
 * unified/remark (docs/performance.md). PORTAL_MARKDOWN=unified uses the remark pipeline and the
 * remark version of the same mention plugin. Smart punctuation is off in both: Vietnamese text
 * arrives with its own “” quotes, and in remark it cost 9 of 13 ms per article.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import {
  remarkFigures,
  remarkUnitMentions,
  satteriFigures,
  satteriUnitMentions,
  type MentionLinksSource,
} from '../lib/markdown-plugins.ts';

/**
 * The pipeline, its package loaded when asked for: the remark one takes 0.3 s to load, a third of
 * a text edit's publish at 1k articles (src/publish/quick-publish.ts), and is not the default.
 */
export async function markdownProcessor(mentions: MentionLinksSource, env: Record<string, string | undefined> = process.env) {
  if (env.PORTAL_MARKDOWN === 'unified') {
    const { unified } = await import('@astrojs/markdown-remark');
    return unified({ smartypants: false, remarkPlugins: [remarkFigures, [remarkUnitMentions, mentions]] });
  }
  const { satteri } = await import('@astrojs/markdown-satteri');
  return satteri({ features: { smartPunctuation: false }, mdastPlugins: [satteriFigures(), satteriUnitMentions(mentions)] });
}

/**
 * A renderer with the options Astro gives its own (config defaults: Shiki, GFM), created once.
 * Returns the HTML of one Markdown body, of an article of `date` (its mentions mean the units of
 * that day: src/lib/mentions.ts), handed to the plugins as Astro hands them front matter.
 */
export function markdownRenderer(
  mentions: MentionLinksSource,
  env: Record<string, string | undefined> = process.env,
): (body: string, date?: string) => Promise<string> {
  let renderer: Promise<MarkdownRenderer> | undefined;
  return async (body, date) => {
    renderer ??= markdownProcessor(mentions, env).then((processor) => processor.createRenderer({}));
    return (await (await renderer).render(body, { frontmatter: date ? { date } : {} })).code;
  };
}
