/** What an Astro build tells the build script of itself (src/astro/integration.ts writes it, src/publish/publish-site.ts reads and removes it). */
export const BUILD_FACTS_FILE = '.portal-build-facts.json';

export interface BuildFacts {
  /** Mention matchers built in the build's process (the MDX pipeline, .md bodies and the model share one). */
  mention_matchers: number;
}
