/**
 * `npm test`'s first step: finds the browser for the end-to-end tests (scripts/chromium.ts), installs
 * Debian's chromium where this machine may (root with apt-get), or else stops before any test runs,
 * with one line saying how to get one, so that a missing browser never shows as every e2e test failing.
 */
import { spawnSync } from 'node:child_process';
import {
  type BrowserSearch,
  browserPlan,
  DEBIAN_PACKAGES,
  findBrowser,
  HOW_TO_GET_A_BROWSER,
  isOnPath,
  machineSearch,
} from './chromium';

const search: BrowserSearch = machineSearch();

const stop = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

/** Runs apt-get with the terminal's output; stops with its exit status when it fails. */
function aptGet(args: readonly string[]): void {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    stop(
      `apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}). ${HOW_TO_GET_A_BROWSER}`,
    );
}

const explicit = process.env.CHROMIUM_PATH;
const found = findBrowser(search);
// A CHROMIUM_PATH that names no browser is said on the same line as what happens instead.
const unusable =
  explicit && found !== explicit ? `CHROMIUM_PATH=${explicit} is not an executable file. ` : '';

const isRoot = process.getuid?.() === 0;
const plan = browserPlan(found, isRoot && isOnPath(search, 'apt-get'));
if (plan.kind === 'stop') stop(`${unusable}${plan.message}`);
if (plan.kind === 'use') {
  process.stdout.write(`${unusable}Browser for the end-to-end tests: ${plan.path}\n`);
} else {
  process.stdout.write(
    `${unusable}No Chromium found: installing Debian's ${DEBIAN_PACKAGES.join(', ')} with apt-get.\n`,
  );
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', ...DEBIAN_PACKAGES]);
  const installed = findBrowser(search);
  if (!installed)
    stop(`apt-get installed chromium but it is not where it was looked for. ${HOW_TO_GET_A_BROWSER}`);
  process.stdout.write(`Browser for the end-to-end tests: ${installed}\n`);
}
