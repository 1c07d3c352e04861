import { defineConfig } from 'vite';

// A static single-page app: `vite build` writes web/dist, served by scripts/web.sh.
export default defineConfig({
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
