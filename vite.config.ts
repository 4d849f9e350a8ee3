import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is one static bundle, loaded from app:// in Electron and from 127.0.0.1 in
// web mode; relative asset URLs keep both working without a rebuild.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    // The CSP allows fonts and images only from 'self': never inline them as data: URLs.
    assetsInlineLimit: 0,
  },
});
