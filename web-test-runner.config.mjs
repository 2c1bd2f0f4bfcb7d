import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

// fast-diff ships CommonJS only; Vite converts it for the app, this wraps it as a module for the tests.
const fastDiffAsModule = {
  name: 'fast-diff-as-module',
  transform(context) {
    if (context.path.endsWith('/fast-diff/diff.js')) {
      return { body: `const module = { exports: {} };\n${context.body}\nexport default module.exports;` };
    }
  },
};

// Unit, property and component tests run in the system's headless Chromium; nothing downloads a browser.
export default {
  files: ['test/domain/**/*.test.ts', 'test/doc/**/*.test.ts', 'test/ui/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 60000 } },
  // A file's tests together: the convergence properties take about 40 s on a quiet machine, several times that on a busy one.
  testsFinishTimeout: 600000,
  // Lets a shell variable reach the browser, e.g. CONVERGENCE_RUNS=10000 or HOSTILE_RUNS=10000 npm run test:browser.
  // The page's design tokens too, as the app loads them: elements read them without fallbacks.
  testRunnerHtml: (testFramework) => `<html><head><link rel="stylesheet" href="/src/page.css"></head><body>
    <script>window.__TEST_ENV__ = ${JSON.stringify({ CONVERGENCE_RUNS: process.env.CONVERGENCE_RUNS, HOSTILE_RUNS: process.env.HOSTILE_RUNS })};</script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  plugins: [fastDiffAsModule, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
};
