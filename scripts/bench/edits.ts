/** What the benchmark's scenarios share: the edits an editor makes, and how each is timed. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/publish/search-index.ts';

/** HTML pages of a built site (the search index's files left out). */
export const htmlPageCount = (dir: string): number => builtPages(dir).length;

export function must(r: { code: number; output: string }, what: string) {
  if (r.code !== 0) {
    console.error(r.output.slice(-4000));
    throw new Error(`${what} failed (exit ${r.code})`);
  }
}

/** The first .md article of the oldest year that has one under `articles` (the one the edits change). */
export function firstArticle(articles: string): string {
  for (const year of readdirSync(articles).sort()) {
    const md = readdirSync(join(articles, year)).find((f) => f.endsWith('.md'));
    if (md) return join(articles, year, md);
  }
  throw new Error(`không có bài .md nào trong ${articles}`);
}
/**
 * The edits an editor makes most: a sentence added to the text, the title corrected (words added,
 * the units it names the same); and a title written anew, no longer naming the unit it named.
 */
export const addSentence = (file: string) => writeFileSync(file, `${readFileSync(file, 'utf8')}\nMột câu được biên tập viên thêm vào.\n`);
export const retitle = (file: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (bản sửa)"'));
/**
 * How many times each of the commonest edits is published (each time made again over the text as
 * it is: another sentence, the title corrected once more): the row gives the fastest and the
 * spread, as for the cold builds (one publish is a second or two, at the mercy of the disk).
 */
export const EDIT_REPEAT = 3;
/** `publishOne` for `edit` made and published EDIT_REPEAT times: the fastest and the spread. */
export async function eachTime(
  edit: () => void,
  publishOne: (what: string) => Promise<number>,
  what: string,
): Promise<{ min: number; spread: number }> {
  const walls: number[] = [];
  for (let i = 1; i <= EDIT_REPEAT; i++) {
    edit();
    walls.push(await publishOne(`${what} (${i}/${EDIT_REPEAT})`));
  }
  return { min: Math.min(...walls), spread: Math.max(...walls) - Math.min(...walls) };
}
