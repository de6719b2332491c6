import { runMeasured } from '../src/lib/proc.ts';
const [content, out] = process.argv.slice(2);
const r = await runMeasured(process.execPath, ['scripts/build.ts', '--content', content!, '--out', out!], {});
console.log(JSON.stringify({ code: r.code, wall_s: r.wall_s, peak: r.peak_rss_mb }));
console.log(r.output.split('\n').filter((l) => /Completed|built in|error|BUILD_STATS|Xong|Dừng/i.test(l) && !l.includes('├')).join('\n'));
