/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// BASE lets the static build live under a sub-path (e.g. /jamlikhetskollen/).
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Some tests start the CLI (tsx) or render whole PDFs; on a busy 2-core
    // machine the 5 s default fails them for load, not for behaviour.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.tmp/vitest-unit.json' },
  },
});
