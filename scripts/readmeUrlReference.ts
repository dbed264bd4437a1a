/**
 * Keeps the README's URL reference equal to what the codec really reads: the table between the
 * url-reference markers is generated from the registries by urlReferenceMarkdown().
 * Run `npm run docs:url` after changing a key, a bound or a default.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { urlReferenceMarkdown } from '../src/core/link';

const START = '<!-- url-reference:start -->';
const END = '<!-- url-reference:end -->';

/** The README with its URL reference section replaced by the generated one. */
export function withGeneratedUrlReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md lacks the url-reference markers');
  return `${readme.slice(0, start + START.length)}\n${urlReferenceMarkdown().trim()}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = new URL('../README.md', import.meta.url);
  writeFileSync(readmePath, withGeneratedUrlReference(readFileSync(readmePath, 'utf8')));
  console.log('README.md: URL reference regenerated');
}
