/**
 * A warm Astro process of a province's publish (src/publish/astro-pool.ts starts it): it runs the
 * Astro builds it is sent, one at a time, until the publish ends.
 */
import { serveAstroBuilds } from '../src/publish/astro-pool.ts';

await serveAstroBuilds();
