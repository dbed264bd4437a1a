import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Relative base: the build works from any static host under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Licence comments go to a separate file instead of inflating every chunk.
    rolldownOptions: { output: { legalComments: 'none' } },
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
