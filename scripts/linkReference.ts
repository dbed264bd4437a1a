/**
 * Keeps the link format's reference (docs/link-format.md) equal to what the codec really reads: the
 * table between the url-reference markers is generated from the registries by urlReferenceMarkdown().
 * Run `npm run docs:url` after changing a key, a bound or a default.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { urlReferenceMarkdown } from '../src/core/link';

const START = '<!-- url-reference:start -->';
const END = '<!-- url-reference:end -->';

/** The document with its URL reference section replaced by the generated one. */
export function withGeneratedUrlReference(document: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error('docs/link-format.md lacks the url-reference markers');
  return `${document.slice(0, start + START.length)}\n${urlReferenceMarkdown().trim()}\n${document.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const referencePath = new URL('../docs/link-format.md', import.meta.url);
  writeFileSync(referencePath, withGeneratedUrlReference(readFileSync(referencePath, 'utf8')));
  console.log('docs/link-format.md: URL reference regenerated');
}
