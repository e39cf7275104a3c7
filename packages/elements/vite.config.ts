// Builds the drop-in files, each one ES module with a source map, from tsc's output in `dist/`
// (Vite does not lower standard decorators, so it never reads `src/`):
// - `vite build`: `dist/upward.js`, every element registered on import, with Lit and the SDK;
// - `vite build --mode de` (or `ar`): `dist/upward-de.js`, the German strings, registered on
//   import (the registry is global, so it works with the drop-in file or any other copy).
import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';

export default defineConfig(({ mode }) => {
  const locale = mode === 'production' ? undefined : mode;
  return {
    logLevel: 'warn',
    plugins: [minifyLiterals(/\/packages\/elements\/dist\//)],
    build: {
      lib: {
        entry: locale ? `dist/locales/${locale}.js` : 'dist/drop-in.js',
        formats: ['es'],
        fileName: () => (locale ? `upward-${locale}.js` : 'upward.js'),
      },
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      reportCompressedSize: false,
      // Library mode leaves an ES module's whitespace alone unless the output is told to minify.
      rolldownOptions: { output: { minify: true } },
    },
  };
});
