import { describe, expect, it } from 'vitest';
import {
  type BrowserSearch,
  browserCandidates,
  browserPlan,
  findBrowser,
  HOW_TO_GET_A_BROWSER,
  isOnPath,
} from './chromium';

/** A machine whose only files are `files` and whose folders list what `dirs` says. */
function fakeMachine(
  files: readonly string[],
  env: Record<string, string> = {},
  dirs: Record<string, readonly string[]> = {},
): BrowserSearch {
  return {
    env,
    homeDir: '/home/learner',
    isExecutable: (path) => files.includes(path),
    listDir: (path) => dirs[path] ?? [],
  };
}

const DEBIAN = '/usr/bin/chromium';
const PLAYWRIGHT_CACHE = '/home/learner/.cache/ms-playwright';
const PLAYWRIGHT_OLD = `${PLAYWRIGHT_CACHE}/chromium-1100/chrome-linux/chrome`;
const PLAYWRIGHT_NEW = `${PLAYWRIGHT_CACHE}/chromium-1200/chrome-linux64/chrome`;
const GOOGLE_CHROME = '/usr/bin/google-chrome';
const GOOGLE_CHROME_OPT = '/opt/google/chrome/chrome';
const PLAYWRIGHT_DIRS = { [PLAYWRIGHT_CACHE]: ['chromium-1100', 'ffmpeg-1011', 'chromium-1200'] };

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first when it exists', () => {
    const machine = fakeMachine(['/opt/mine/chrome', DEBIAN], { CHROMIUM_PATH: '/opt/mine/chrome' });
    expect(findBrowser(machine)).toBe('/opt/mine/chrome');
  });

  it("then Debian's chromium, also when CHROMIUM_PATH names nothing", () => {
    const machine = fakeMachine([DEBIAN, PLAYWRIGHT_NEW, GOOGLE_CHROME], { CHROMIUM_PATH: '/nonexistent' });
    expect(findBrowser(machine)).toBe(DEBIAN);
  });

  it("then Playwright's cache, newest revision first, in either layout", () => {
    expect(
      findBrowser(fakeMachine([PLAYWRIGHT_OLD, PLAYWRIGHT_NEW, GOOGLE_CHROME], {}, PLAYWRIGHT_DIRS)),
    ).toBe(PLAYWRIGHT_NEW);
    expect(findBrowser(fakeMachine([PLAYWRIGHT_OLD, GOOGLE_CHROME], {}, PLAYWRIGHT_DIRS))).toBe(
      PLAYWRIGHT_OLD,
    );
  });

  it("reads Playwright's cache where PLAYWRIGHT_BROWSERS_PATH or XDG_CACHE_HOME put it", () => {
    const custom = '/srv/browsers/chromium-1300/chrome-linux64/chrome';
    const byVariable = fakeMachine(
      [custom],
      { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' },
      {
        '/srv/browsers': ['chromium-1300'],
      },
    );
    expect(findBrowser(byVariable)).toBe(custom);
    const xdg = '/var/cache/ms-playwright/chromium-1300/chrome-linux/chrome';
    const byXdg = fakeMachine(
      [xdg],
      { XDG_CACHE_HOME: '/var/cache' },
      {
        '/var/cache/ms-playwright': ['chromium-1300'],
      },
    );
    expect(findBrowser(byXdg)).toBe(xdg);
  });

  it('then an installed Google Chrome', () => {
    expect(findBrowser(fakeMachine([GOOGLE_CHROME, GOOGLE_CHROME_OPT]))).toBe(GOOGLE_CHROME);
    expect(findBrowser(fakeMachine([GOOGLE_CHROME_OPT]))).toBe(GOOGLE_CHROME_OPT);
  });

  it('finds none on a machine without a browser', () => {
    expect(findBrowser(fakeMachine(['/usr/bin/firefox'], { CHROMIUM_PATH: '/nonexistent' }))).toBeNull();
  });

  it('looks under BROWSER_SEARCH_ROOT for everything but CHROMIUM_PATH', () => {
    const search = fakeMachine([DEBIAN], { BROWSER_SEARCH_ROOT: '/tmp/empty', CHROMIUM_PATH: '/x/chrome' });
    expect(browserCandidates(search)).toEqual([
      '/x/chrome',
      '/tmp/empty/usr/bin/chromium',
      '/tmp/empty/usr/bin/google-chrome',
      '/tmp/empty/opt/google/chrome/chrome',
    ]);
    expect(findBrowser(search)).toBeNull();
  });
});

describe('browserPlan', () => {
  it('uses the browser found', () => {
    expect(browserPlan(DEBIAN, true)).toEqual({ kind: 'use', path: DEBIAN });
  });

  it("installs Debian's chromium where it may", () => {
    expect(browserPlan(null, true)).toEqual({ kind: 'install' });
  });

  it('stops with the one line on how to get one elsewhere', () => {
    expect(browserPlan(null, false)).toEqual({ kind: 'stop', message: HOW_TO_GET_A_BROWSER });
    expect(HOW_TO_GET_A_BROWSER).not.toContain('\n');
  });
});

describe('isOnPath', () => {
  it('finds a command in any folder of PATH', () => {
    const machine = fakeMachine(['/usr/bin/apt-get'], { PATH: '/usr/local/bin:/usr/bin' });
    expect(isOnPath(machine, 'apt-get')).toBe(true);
    expect(isOnPath(fakeMachine(['/usr/bin/apt-get'], { PATH: '/tmp/bin' }), 'apt-get')).toBe(false);
  });
});
