import { runMeasured } from '/work/main/src/lib/proc.ts';
const [root, content, out] = process.argv.slice(2);
const r = await runMeasured(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', root!, '--outDir', out!], { env: { ...process.env, PORTAL_CONTENT: content } });
console.log(JSON.stringify({ code: r.code, wall_s: r.wall_s, peak: r.peak_rss_mb }));
console.log(r.output.split('\n').filter((l) => /Completed|built in|error/i.test(l) && !l.includes('├')).join('\n'));
