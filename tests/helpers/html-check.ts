/** html-validate over every page of a built site (rules in .htmlvalidate.json). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function validateSite(siteDir: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const hv = new HtmlValidate(new FileSystemConfigLoader());
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(siteDir, e.parentPath).startsWith('pagefind'))
    .map((e) => join(e.parentPath, e.name));
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await hv.validateFile(file);
    for (const r of report.results) {
      for (const m of r.messages) {
        problems.push({ page: relative(siteDir, file), line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return { pages: files.length, problems };
}
