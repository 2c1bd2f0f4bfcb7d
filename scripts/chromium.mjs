import { existsSync } from 'node:fs';

// The one place that knows where the system Chromium lives and how to start it here.
export const chromiumCandidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath() {
  return chromiumCandidates.find((p) => p && existsSync(p)) ?? null;
}

export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const installHint = 'Chromium not found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).';
