/**
 * docs/performance.md's measured section, made from the bench's JSON (`npm run bench -- --json
 * file`): the lines between the bench markers are replaced, the page's prose around them is kept.
 */
import type { BundleSizes } from './bundle';
import { formatMnistLoad, type MnistLoadMeasurement } from './mnistLoad';
import { formatReport, type MachineInfo, type ScenarioResult } from './table';

/** Where the page's generated section starts. */
export const BENCH_SECTION_START = '<!-- bench:start -->';
/** Where the page's generated section ends. */
export const BENCH_SECTION_END = '<!-- bench:end -->';

/** What `npm run bench -- --json file` writes: everything one run measured, and how. */
export interface BenchResults {
  /** The command that measured it, e.g. `npm run bench -- --seconds 6`. */
  readonly command: string;
  readonly machine: MachineInfo;
  /** Every round, each in the table's order; the first alone measured the bare baselines. */
  readonly rounds: ReadonlyArray<readonly ScenarioResult[]>;
  readonly bundle: BundleSizes;
  /** Choosing MNIST, timed once after the scenarios; absent when it was not measured. */
  readonly mnistLoad?: MnistLoadMeasurement;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The bench's JSON read back; throws, naming the file, when it is not what the bench writes. */
export function parseBenchResults(text: string, source: string): BenchResults {
  const value: unknown = JSON.parse(text);
  const missing = !isObject(value)
    ? ['everything']
    : (['command', 'machine', 'rounds', 'bundle'] as const).filter((key) =>
        key === 'command'
          ? typeof value[key] !== 'string'
          : key === 'rounds'
            ? !Array.isArray(value[key])
            : !isObject(value[key]),
      );
  if (missing.length > 0)
    throw new Error(
      `${source} is not the JSON of \`npm run bench -- --json file\` (it lacks ${missing.join(', ')}); rerun the bench to make one`,
    );
  return value as unknown as BenchResults;
}

/** The generated section: when and how the figures were measured, then the bench's whole report. */
export function performanceSection(results: BenchResults): string {
  const { command, machine, rounds, bundle, mnistLoad } = results;
  return [
    `Measured on ${machine.date} with \`${command}\` (${machine.cpus} cores, ${machine.chromium}).`,
    '',
    formatReport(rounds, bundle, machine),
    ...(mnistLoad ? ['', formatMnistLoad(mnistLoad)] : []),
  ].join('\n');
}

/** The page with its generated section replaced by the one made from `results`. */
export function withPerformanceSection(page: string, results: BenchResults): string {
  const start = page.indexOf(BENCH_SECTION_START);
  const end = page.indexOf(BENCH_SECTION_END);
  if (start < 0 || end < start)
    throw new Error(`the page lacks the ${BENCH_SECTION_START} and ${BENCH_SECTION_END} markers`);
  return `${page.slice(0, start + BENCH_SECTION_START.length)}\n${performanceSection(results)}\n${page.slice(end)}`;
}
