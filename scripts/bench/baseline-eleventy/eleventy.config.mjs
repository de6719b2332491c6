// The second benchmark baseline: Eleventy 3 renders the same articles one page each with a minimal
// template (title and body), the way the Astro baseline does. .mdx files are read as Markdown
// (Eleventy has no MDX), so their component lines come out as text: same words, same work.
//   eleventy --config=scripts/bench/baseline-eleventy/eleventy.config.mjs --input=<corpus>/articles --output=<dir>
export default function (eleventyConfig) {
  // The corpus lives in .bench/, which .gitignore lists; Eleventy would skip it.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addExtension('mdx', { key: 'md' });
  eleventyConfig.addGlobalData('layout', 'page.njk');
  eleventyConfig.addGlobalData('permalink', () => (data) => `/${data.page.fileSlug}/`);
  eleventyConfig.addTemplate('_includes/page.njk', '<h1>{{ title }}</h1>\n{{ content | safe }}\n');
  return { templateFormats: ['md', 'mdx'], markdownTemplateEngine: false };
}
