import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { recordsOnlyYjsPlugin } from './scripts/yjs-records-only.ts';

// The relay's own endpoints: never answered with the app shell, never cached.
const RELAY_PATHS = [/^\/sync(\/|$)/, /^\/healthz$/, /^\/metrics$/, /^\/lan$/];

/** Rules and helpers that only some screens use: they travel with those screens' chunks, not in every page's core. */
const SCREEN_ONLY = String.raw`(notices|projection-texts|shown-languages|held-order|translation-target|session-from-export|similar|trigrams|venues|caseless|change-announcement|announcement-pacer|verification|references|view-link|verify-[a-z-]+|writer|record-appender|action-problems|view-lookup|proof-selection|candidate-proof|convergence-setup|bring-in|import|timeline|last-in-sync|agenda|text-refusal|replay-hiding|writing-clock|identity)\.ts$`;

/**
 * What every page runs, in two chunks, each compressing better than the dozen small ones the bundler would make:
 * `base` (lit, the shell, English, link checks) paints the start page; `room` (Yjs and its providers, the rules,
 * the room machinery) comes with every screen that opens a room. Lazily loaded parts stay apart, with the domain
 * modules and words only they use (src/i18n/en/), and each other language is a chunk of its own.
 */
const BASE = new RegExp(
  [
    String.raw`/node_modules/(lit|lit-html|lit-element|@lit|@oxc-project/runtime)/`,
    String.raw`/src/(i18n/(en|locale|plural|localized-controller)|doc/(guarded-storage|link-patterns|setup-failure)|domain/(records|text))\.ts$`,
    String.raw`/src/ui/(shell/(app|route|language-switch)|shared/(first-paint|events|isolated|shared-styles|select-styles|language-names|connection-status))\.ts$`,
  ].join('|'),
);
const ROOM = new RegExp(
  [
    String.raw`/node_modules/(yjs|lib0|y-protocols|y-websocket|y-indexeddb)/`,
    String.raw`/src/(domain/(?!export/|${SCREEN_ONLY})|doc/(?!crypto/pure-|${SCREEN_ONLY}))`,
    String.raw`/src/ui/shared/(workshop-controller|room-controller|lock-icon|style-properties|group-badge|history-loader)\.ts$`,
  ].join('|'),
);
/**
 * A joined scribe's document and the small pieces its forms share (the character count, the similar-proposals
 * loader): one chunk, where the bundler would make each piece a chunk of its own, costing more than it holds.
 */
const SCRIBE_DOCUMENT = /\/src\/ui\/scribe\/(scribe-view|proposal-item|add-proposal|character-count|similar-loader)\.ts$/;
const sharedChunk = (id: string): string | null =>
  BASE.test(id) ? 'base' : ROOM.test(id) ? 'room' : SCRIBE_DOCUMENT.test(id) ? 'scribe-view' : null;

// The relay serves dist/ on the same port as /sync, so the dev server proxies /sync to a local relay.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser that runs an es2022 build preloads modules itself. A lazily loaded chunk's imports are not listed
    // in the page (~1 KB of hashed names on every page): the shell asks for the one big one, the room code, itself.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: sharedChunk }] } } },
  },
  resolve: {
    alias: [
      // The package's "module" entry is its ES5 build; the ES2017 one does the same in 1 KB less (gzip).
      { find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' },
      // Its DOM helpers drag lib0's schema library into every page; yjs only needs print and warn.
      { find: /^lib0\/logging$/, replacement: fileURLToPath(new URL('src/doc/yjs-logging.ts', import.meta.url)) },
    ],
  },
  server: {
    proxy: { '/sync': { target: 'ws://127.0.0.1:8080', ws: true } },
  },
  plugins: [
    recordsOnlyYjsPlugin,
    {
      // lib0's environment module reads command-line flags and terminal colours at load: a page gets a browser's answers.
      name: 'lib0-environment-for-pages',
      enforce: 'pre',
      resolveId: (source, importer) =>
        source === 'lib0/environment' || (source === './environment.js' && importer?.includes('/node_modules/lib0/'))
          ? fileURLToPath(new URL('src/doc/lib0-environment.ts', import.meta.url))
          : null,
    },
    VitePWA({
      // A new version waits instead of taking over open pages; src/service-worker.ts decides when to apply it.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Collaborative Democracy Workshop',
        short_name: 'Workshop',
        description: 'Groups write a short document of at most ten proposals together, live.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f4f6f8',
        theme_color: '#1f4fd1',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Every screen and language chunk, not only the ones this page happened to load before going offline.
        globPatterns: ['**/*.{html,js,css,svg,png,ico,woff2}'],
        // Hash routes all live in index.html, so every navigation offline is answered with it.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: RELAY_PATHS,
        // The first visit is controlled at once, so its lazily loaded screens come from the cache once offline.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
