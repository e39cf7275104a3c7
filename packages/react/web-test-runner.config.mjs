// Browser tests of @upward/react: React renders the Upward elements in Debian's Chromium against
// the REAL reference server. The browser, the page's port and the server (started in-process,
// its address in `virtual:upward-env`) are those of packages/elements/web-test-runner.config.mjs.
//
// React ships CommonJS only, so each test file is bundled with esbuild as it is served.
// `*.react18.test.tsx` files get React 18 (the `react-18` and `react-dom-18` aliases): the
// wrappers are for React 17 and 18. Counts go to <root>/.test-results/upward-react.json.
import path from 'node:path';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { build } from 'esbuild';
import { wtrCountReporter } from '../../scripts/wtr-count-reporter.mjs';
import elementsConfig from '../elements/web-test-runner.config.mjs';

const upwardServer = elementsConfig.plugins.find(
  (plugin) => plugin.name === 'upward-reference-server',
);
if (!upwardServer)
  throw new Error('packages/elements/web-test-runner.config.mjs has no server plugin');

function bundleTestPlugin() {
  return {
    name: 'bundle-react-test',
    async serve(context) {
      if (!context.path.endsWith('.test.tsx')) return undefined;
      const react18 = context.path.endsWith('.react18.test.tsx');
      const result = await build({
        entryPoints: [path.join(process.cwd(), context.path)],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        sourcemap: 'inline',
        external: ['virtual:upward-env'],
        // React's development build: its warnings reach the console, where the tests look.
        define: { 'process.env.NODE_ENV': '"development"' },
        alias: react18 ? { react: 'react-18', 'react-dom': 'react-dom-18' } : {},
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.tsx'],
  hostname: elementsConfig.hostname,
  port: elementsConfig.port,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: {
    config: { timeout: 30_000 },
  },
  browsers: elementsConfig.browsers,
  plugins: [bundleTestPlugin(), upwardServer],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: true }),
    summaryReporter({ reportTestLogs: false, reportTestErrors: false }),
    wtrCountReporter(),
  ],
};
