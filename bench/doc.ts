/**
 * `npm run bench:doc -- results.json [--doc docs/performance.md]`: rewrites the measured section of
 * the performance page from the JSON of a bench run (`npm run bench -- --json results.json`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseBenchResults, withPerformanceSection } from './performanceDoc';

const { values: args, positionals } = parseArgs({
  options: { doc: { type: 'string', default: 'docs/performance.md' } },
  allowPositionals: true,
});

try {
  const [jsonPath] = positionals;
  if (!jsonPath || positionals.length > 1)
    throw new Error('usage: npm run bench:doc -- results.json [--doc docs/performance.md]');
  const results = parseBenchResults(readFileSync(jsonPath, 'utf8'), jsonPath);
  writeFileSync(args.doc, withPerformanceSection(readFileSync(args.doc, 'utf8'), results));
  process.stdout.write(`${args.doc}: measured section rewritten from ${jsonPath}\n`);
} catch (error) {
  process.stderr.write(`[bench:doc] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
