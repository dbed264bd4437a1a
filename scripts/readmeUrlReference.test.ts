import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withGeneratedUrlReference } from './readmeUrlReference';

describe('README URL reference', () => {
  it('matches the table generated from the registries (run `npm run docs:url` to refresh)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withGeneratedUrlReference(readme));
  });
});
