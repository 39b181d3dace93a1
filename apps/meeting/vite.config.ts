import { defineConfig } from 'vite';

// The meeting app is a static bundle (no server-side rendering); the meeting service serves `dist/` from memory.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  logLevel: 'warn',
});
