import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The production page's Content-Security-Policy: only the app's own scripts, workers and data
 * (plus WebAssembly compilation for tfjs's wasm backend), no inline or evaluated code, nothing
 * from another origin. Styles too are the app's own file only: React and recharts set inline
 * styles through the CSSOM (element.style), which style-src does not restrict, so no
 * 'unsafe-inline' is needed (e2e/security.spec.ts watches for violations).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Puts the policy in a <meta> of the built page only: the dev server relies on inline scripts. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/** Whether a browser window can be opened here: macOS and Windows always, elsewhere only inside a graphical session. */
export function hasDesktop(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** `vite build --mode bench` (npm run bench) adds the bare-tfjs baseline page beside the app; no other build has it. */
const benchInputs = (mode: string) =>
  mode === 'bench'
    ? {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          baseline: fileURLToPath(new URL('./bench/page/baseline.html', import.meta.url)),
        },
      }
    : {};

// Relative base: the build works from any static host under any sub-path.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: {
    // Module workers can be split: the training worker's tfjs is a chunk of its own, fetched by a
    // dynamic import only when a run needs it (training.worker.ts); 'iife' would inline it again.
    format: 'es',
    rolldownOptions: { output: { comments: { legal: false } } },
  },
  build: {
    target: 'es2022',
    // Licence comments are dropped from the chunks: a large share of the worker's bytes (see docs/decisions/bundle.md).
    rolldownOptions: { output: { comments: { legal: false } }, ...benchInputs(mode) },
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    // `npm start` opens the page where there is a desktop to open it in; elsewhere Vite prints the address.
    open: process.env.npm_lifecycle_event === 'start' && hasDesktop(process.platform, process.env),
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: [
      'vite.config.test.ts',
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
}));
