/**
 * Where the browser is: the one answer that `npm test` (scripts/ensureBrowser.ts), playwright.config.ts
 * and the bench (bench/*.ts) share. Playwright's own browser download is never needed.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** What a search reads from the machine, injected so that a test can stand in for it. */
export interface BrowserSearch {
  /** The environment: CHROMIUM_PATH, BROWSER_SEARCH_ROOT, PLAYWRIGHT_BROWSERS_PATH, XDG_CACHE_HOME. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  /** Whether a path is an executable file. */
  readonly isExecutable: (path: string) => boolean;
  /** A folder's entries, or none when it does not exist. */
  readonly listDir: (path: string) => readonly string[];
}

/** The one line that says how to get a browser when none is found. */
export const HOW_TO_GET_A_BROWSER =
  'No Chromium found for the end-to-end tests: install one (Debian: `sudo apt-get install chromium fonts-dejavu-core fonts-noto-cjk`) or set CHROMIUM_PATH to a Chromium or Google Chrome executable.';

/** Debian's packages the end-to-end tests need: the browser and the fonts their text is drawn in. */
export const DEBIAN_PACKAGES = ['chromium', 'fonts-dejavu-core', 'fonts-noto-cjk'] as const;

/** Where Playwright keeps its downloaded browsers, as Playwright itself computes it on Linux. */
function playwrightCacheDir(search: BrowserSearch): string {
  const { env } = search;
  if (env.PLAYWRIGHT_BROWSERS_PATH) return env.PLAYWRIGHT_BROWSERS_PATH;
  return join(env.XDG_CACHE_HOME || join(search.homeDir, '.cache'), 'ms-playwright');
}

/** Playwright's Chromium builds in its cache, newest revision first, in the layouts it has used. */
function playwrightChromiums(search: BrowserSearch, cacheDir: string): string[] {
  const revision = (name: string): number => Number(name.slice('chromium-'.length)) || 0;
  return search
    .listDir(cacheDir)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => revision(b) - revision(a))
    .flatMap((name) =>
      ['chrome-linux', 'chrome-linux64', 'chrome-linux-arm64'].map((build) =>
        join(cacheDir, name, build, 'chrome'),
      ),
    );
}

/**
 * Every place a browser is looked for, best first: CHROMIUM_PATH, Debian's chromium, Playwright's
 * cache, Google Chrome. BROWSER_SEARCH_ROOT (for testing the search) moves all but CHROMIUM_PATH
 * under another root folder.
 */
export function browserCandidates(search: BrowserSearch): string[] {
  const root = search.env.BROWSER_SEARCH_ROOT ?? '';
  const underRoot = (path: string): string => (root ? join(root, path) : path);
  const explicit = search.env.CHROMIUM_PATH ? [search.env.CHROMIUM_PATH] : [];
  return [
    ...explicit,
    underRoot('/usr/bin/chromium'),
    ...playwrightChromiums(search, underRoot(playwrightCacheDir(search))),
    underRoot('/usr/bin/google-chrome'),
    underRoot('/opt/google/chrome/chrome'),
  ];
}

/** The first browser that exists, or null. */
export function findBrowser(search: BrowserSearch = machineSearch()): string | null {
  return browserCandidates(search).find((path) => search.isExecutable(path)) ?? null;
}

/** What `npm test` does before any test: use the browser found, install Debian's, or stop. */
export type BrowserPlan =
  | { readonly kind: 'use'; readonly path: string }
  | { readonly kind: 'install' }
  | { readonly kind: 'stop'; readonly message: string };

/** Decides from what was found and whether this machine may install Debian packages (root with apt-get). */
export function browserPlan(found: string | null, canInstallDebianPackages: boolean): BrowserPlan {
  if (found) return { kind: 'use', path: found };
  return canInstallDebianPackages ? { kind: 'install' } : { kind: 'stop', message: HOW_TO_GET_A_BROWSER };
}

/** Whether `command` is an executable on the PATH of `search`'s environment. */
export function isOnPath(search: BrowserSearch, command: string): boolean {
  const dirs = (search.env.PATH ?? '').split(delimiter).filter((dir) => dir.length > 0);
  return dirs.some((dir) => search.isExecutable(join(dir, command)));
}

const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const entriesOf = (path: string): string[] => {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
};

/** This machine's environment, home folder and file system. */
export function machineSearch(): BrowserSearch {
  return { env: process.env, homeDir: homedir(), isExecutable: isExecutableFile, listDir: entriesOf };
}

/** The browser for Playwright and the bench; throws the one line on how to get one when there is none. */
export function chromiumPath(): string {
  const found = findBrowser();
  if (!found) throw new Error(HOW_TO_GET_A_BROWSER);
  return found;
}

/** Flags for a closed network, running as root, and WebGL through SwiftShader on machines without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
