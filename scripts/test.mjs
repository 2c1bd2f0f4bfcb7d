// `npm test`: the type check, then every suite in turn; a missing Chromium is reported in one line.
import { spawnSync } from 'node:child_process';
import { chromiumPath, installHint } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(installHint);
  process.exit(1);
}

const suites = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['browser', 'npm', ['run', '--silent', 'test:browser']],
  ['relay', 'npm', ['run', '--silent', 'test:relay']],
  ['e2e', 'npm', ['run', '--silent', 'test:e2e']],
];
const only = process.env.TEST_ONLY?.split(',');
const failed = [];
let passed = 0;
for (const [name, cmd, args] of suites) {
  if (only && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (status === 0) passed++;
  else failed.push(name);
}
if (failed.length) console.log(`failed suites: ${failed.join(', ')}`);
console.log(`suites: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
