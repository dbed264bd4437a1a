import { describe, expect, it } from 'vitest';
import {
  BENCH_SECTION_END,
  BENCH_SECTION_START,
  type BenchResults,
  parseBenchResults,
  withPerformanceSection,
} from './performanceDoc';

const results: BenchResults = {
  command: 'npm run bench -- --only tfp-default --seconds 6',
  machine: {
    date: '2026-11-27',
    cpus: 2,
    chromium: 'Chromium 156.0.8078.108',
    loadAverage: '2.5 → 3.0',
    seconds: 6,
    baselineSeconds: 4,
  },
  rounds: [
    [
      {
        scenario: { id: 'tfp-default', title: 'TF Playground default', query: 'data=circle', baseline: null },
        app: {
          isMeasured: true,
          backend: 'js',
          backendReason: 'js: small dense network',
          parameterCount: 25,
          epochsPerSecond: 2220.3,
          rateWindows: 3,
          epochsMeasured: 13660,
          measuredSeconds: 6.3,
          firstEpochMs: 680,
          trainClickMs: 340,
          boundariesPerSecond: 19.8,
          longTaskCount: 0,
          longestTaskMs: 0,
          startupLongTaskCount: 1,
          startupLongestTaskMs: 54,
          pauseLatenciesMs: [59, 57, 68],
          warning: null,
        },
        baseline: null,
        trainCount: 250,
        batchSize: 10,
        loadAverage: 2.5,
      },
    ],
  ],
  bundle: {
    main: { name: 'index.js', rawBytes: 375_398, gzipBytes: 119_603 },
    worker: { name: 'training.worker.js', rawBytes: 70_349, gzipBytes: 24_166 },
    workerTfjs: null,
    wasm: [],
  },
};

const page = `# Performance\n\nProse kept.\n\n${BENCH_SECTION_START}\nold table\n${BENCH_SECTION_END}\n\nMore prose.\n`;

describe('the performance page made from the bench JSON', () => {
  it('replaces only the section between the markers', () => {
    const made = withPerformanceSection(page, parseBenchResults(JSON.stringify(results), 'r.json'));
    expect(
      made.startsWith(
        '# Performance\n\nProse kept.\n\n<!-- bench:start -->\nMeasured on 2026-11-27 with `npm run bench -- --only tfp-default --seconds 6` (2 cores, Chromium 156.0.8078.108).',
      ),
    ).toBe(true);
    expect(made).not.toContain('old table');
    expect(made).toContain(
      '| TF Playground default | js [1] | 2,220 | 555,075 | 0.02 | 0.68 s (Train at 0.34 s) | 19.8 | 0 · start-up 1 (longest 54 ms) | 59 (max 68) |',
    );
    expect(made).toContain('Bundle (normal build): main index.js 366.6 KB raw / 116.8 KB gzip');
    expect(made.endsWith(`${BENCH_SECTION_END}\n\nMore prose.\n`)).toBe(true);
    // Made twice from the same JSON, the page is the same.
    expect(withPerformanceSection(made, results)).toBe(made);
  });

  it("refuses JSON that is not the bench's, saying what it lacks", () => {
    expect(() => parseBenchResults('{"rounds": [], "bundle": {}}', 'old.json')).toThrow(
      'old.json is not the JSON of `npm run bench -- --json file` (it lacks command, machine)',
    );
  });

  it('refuses a page without the markers', () => {
    expect(() => withPerformanceSection('# Performance\n', results)).toThrow(
      'lacks the <!-- bench:start -->',
    );
  });
});
