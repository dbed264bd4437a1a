import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withGeneratedUrlReference } from './linkReference';

describe('the link format reference', () => {
  it('matches the table generated from the registries (run `npm run docs:url` to refresh)', () => {
    const reference = readFileSync(new URL('../docs/link-format.md', import.meta.url), 'utf8');
    expect(reference).toBe(withGeneratedUrlReference(reference));
  });
});
