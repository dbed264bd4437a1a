import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Relative base: the build works from any static host under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: {
    format: 'es',
    rolldownOptions: { output: { comments: { legal: false } } },
  },
  build: {
    target: 'es2022',
    // Licence comments are dropped from the chunks (they were 0.8 MB of the worker); the licences ship in LICENSES.md.
    rolldownOptions: { output: { comments: { legal: false } } },
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
