/**
 * `npm run dev`, `npm run preview`, `npm run typecheck`: Astro's own commands, started with the
 * project's settings (telemetry off, heap allowance: scripts/build/astro-cli.ts).
 *   node scripts/astro.ts dev | preview | sync [astro options]
 */
import { handOverToAstro } from './build/astro-cli.ts';

handOverToAstro(process.argv.slice(2));
