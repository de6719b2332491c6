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
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import {
  remarkFigures,
  remarkUnitMentions,
  satteriFigures,
  satteriUnitMentions,
  type MentionLinksSource,
} from '../lib/markdown-plugins.ts';

export function markdownProcessor(mentions: MentionLinksSource, env: Record<string, string | undefined> = process.env) {
  return env.PORTAL_MARKDOWN === 'unified'
    ? unified({ smartypants: false, remarkPlugins: [remarkFigures, [remarkUnitMentions, mentions]] })
    : satteri({ features: { smartPunctuation: false }, mdastPlugins: [satteriFigures(), satteriUnitMentions(mentions)] });
}

/**
 * A renderer with the options Astro gives its own (config defaults: Shiki, GFM), created once.
 * Returns the HTML of one Markdown body.
 */
export function markdownRenderer(
  mentions: MentionLinksSource,
  env: Record<string, string | undefined> = process.env,
): (body: string) => Promise<string> {
  let renderer: Promise<MarkdownRenderer> | undefined;
  return async (body) => {
    renderer ??= markdownProcessor(mentions, env).createRenderer({});
    return (await (await renderer).render(body)).code;
  };
}
