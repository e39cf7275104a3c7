// Builds `dist/upward-sdk.js` (+ source map): the SDK and openapi-fetch as one ES module, for pages
// without a build step (the reference server serves it at `/upward-sdk.js`).
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    lib: { entry: 'dist/index.js', formats: ['es'], fileName: () => 'upward-sdk.js' },
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    target: 'es2022',
    reportCompressedSize: false,
    // Library mode leaves an ES module's whitespace alone unless the output is told to minify.
    rolldownOptions: { output: { minify: true } },
  },
});
