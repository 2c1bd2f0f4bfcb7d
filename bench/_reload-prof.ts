import { chromium, type Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { seededRelay } from './seeded-relay.ts';
const { relay, roomId, anchor, close } = await seededRelay(10_000, 'dist');
const browser = await chromium.launch({ executablePath: chromiumPath()!, args: chromiumArgs, headless: true });
const paint = async (page: Page) => { await page.getByRole('list', { name: 'Proposals' }).getByRole('listitem').nth(9).waitFor({ timeout: 30_000 }); return page.evaluate(() => performance.now()); };
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${relay.url}/#/v/${roomId}.${anchor}`);
  console.log('fresh', await paint(page));
  await page.waitForTimeout(3000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.reload();
  console.log('reload', await paint(page));
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/signed-scratch/reload.cpuprofile', JSON.stringify(profile));
  const marks = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]));
  console.log(JSON.stringify(marks));
} finally { await browser.close(); await close(); }
