import { defineConfig } from 'vite';

// The relay serves dist/ on the same port as /sync, so the dev server proxies /sync to a local relay.
export default defineConfig({
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/sync': { target: 'ws://127.0.0.1:8080', ws: true } },
  },
});
