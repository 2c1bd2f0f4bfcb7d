// `npm test`: the type check, then every suite in turn; a missing Chromium (or Firefox/WebKit) is reported in one line.
import { spawnSync } from 'node:child_process';
import { chromiumPath, installHint } from './chromium.mjs';
import { enginesInstallHint, missingEngines } from './engines.mjs';

if (!chromiumPath()) {
  console.error(installHint);
  process.exit(1);
}

const suites = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['browser', 'npm', ['run', '--silent', 'test:browser']],
  ['relay', 'npm', ['run', '--silent', 'test:relay']],
  ['e2e', 'npm', ['run', '--silent', 'test:e2e']],
  // The core scenario in Firefox ESR and WebKitGTK; on a developer's machine without them, a hint instead.
  ['engines', 'npm', ['run', '--silent', 'test:engines']],
];
const missing = missingEngines();
const skipped = [];
const only = process.env.TEST_ONLY?.split(',');
const failed = [];
let passed = 0;
for (const [name, cmd, args] of suites) {
  if (only && !only.includes(name)) continue;
  if (name === 'engines' && missing.length && process.env.CI !== 'true') {
    console.log(`\n=== ${name}: skipped. ${enginesInstallHint(missing)} ===`);
    skipped.push(name);
    continue;
  }
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (status === 0) passed++;
  else failed.push(name);
}
if (failed.length) console.log(`failed suites: ${failed.join(', ')}`);
if (skipped.length) console.log(`skipped suites: ${skipped.join(', ')} (${enginesInstallHint(missing)})`);
console.log(`suites: ${passed} passed, ${failed.length} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`);
process.exit(failed.length ? 1 : 0);
