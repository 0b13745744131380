/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { appFilesList } from './scripts/vite/app-files.ts';
import { cspHashes } from './scripts/vite/csp-hashes.ts';
import { pickJson } from './scripts/vite/pick-json.ts';
import { prerenderStartPage } from './scripts/vite/prerender.ts';
import { syncServerOrigin } from './scripts/vite/sync-origin.ts';

// BASE lets the static build live under a sub-path (e.g. /jamlikhetskollen/).
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [
    react(),
    // `pick:` imports: only the parts of a JSON file the start page needs.
    pickJson(),
    // index.html's one inline script, allowed by its hash in the CSP (computed, never written by hand).
    cspHashes(),
    // The organisation's sync server, when the deployment names one (VITE_SYNC_URL): its origin, and no other, in connect-src.
    syncServerOrigin(),
    // The app's files, listed in the HTML for the start page to fetch once painted and run once someone is there.
    appFilesList(),
    // The start page as HTML in each language (index.html, en.html), before the service worker is made.
    prerenderStartPage(),
    // Offline after one visit: the service worker precaches the whole build,
    // including the PDF code and its fonts, which load only on demand. The app
    // registers it itself once the start page answers input and the browser is
    // idle (src/app/service-worker.ts): fetching several megabytes to precache
    // must not compete with the first seconds. No inline script either way.
    VitePWA({
      injectRegister: false,
      // After the prerendering, so the service worker precaches both pages as they are written.
      integration: { closeBundleOrder: 'post' },
      registerType: 'autoUpdate',
      manifest: {
        name: 'Jämlikhetskollen',
        short_name: 'Jämlikhetskollen',
        description: 'Pröva ett beslut eller en verksamhet mot jämlikhet.',
        lang: 'sv',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f73',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      includeAssets: ['favicon.svg'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff}'],
        // The PDF code is one chunk of about 1.2 MB; leave room to grow.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Take over the first page at once, so it works offline without a reload.
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        // The organisation's profile and question packs (org/ beside the build) are not part of the build, so
        // they are not precached: each is fetched from the network when there is one, so an edit by the
        // organisation shows on the next visit, and answered from the copy kept here when there is none.
        // Only complete answers (200) are kept; a missing profile stays missing.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/org\/[\w./-]+\.json$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'organisation', cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The byte-budget test and `npm run bench` read the first load from it.
    manifest: true,
    // The app's own chunk is imported by src/boot.ts once the start page has painted. Preloading its
    // dependencies would add a <link> per chunk to the page at that moment (a long task on a slow phone);
    // the browser finds them in the chunk's imports just as well. Other lazy chunks keep their preloads.
    modulePreload: { resolveDependencies: (file, deps) => (/(^|\/)main-[\w-]+\.js$/.test(file) ? [] : deps) },
    // The PDF chunk (react-pdf, fontkit, pdfkit) is large by nature and loads only on demand.
    chunkSizeWarningLimit: 1300,
    rolldownOptions: {
      output: {
        // Small modules without dependencies of their own that the first load needs and many later screens
        // import (the routes, the sync server's address, downloads, text loading, wording by subject): one
        // chunk, not a tiny chunk each, every one a request and a line in every list of imports.
        codeSplitting: {
          groups: [{ name: 'shell', test: /src[\\/](app[\\/](routes|sync-config|download|text-gate)|i18n[\\/](languages|subject))\.ts$/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Some tests start the CLI (tsx) or render whole PDFs; on a busy 2-core
    // machine the 5 s default fails them for load, not for behaviour.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.tmp/vitest-unit.json' },
  },
});
