import { existsSync, readdirSync } from 'node:fs';

// Where Debian's Firefox ESR and WebKitGTK live; the second and third browser engines of the test suite.
const firstExisting = (candidates) => candidates.find((p) => p && existsSync(p)) ?? null;

export function firefoxPath() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** MiniBrowser sits in the multiarch folder of whichever webkit2gtk API version is installed. */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return firstExisting([process.env.MINIBROWSER_PATH]);
  const lib = '/usr/lib';
  const found = readdirSync(lib, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((arch) => {
      const dir = `${lib}/${arch.name}`;
      try {
        return readdirSync(dir).filter((name) => /^webkit2?gtk-[\d.]+$/.test(name)).map((name) => `${dir}/${name}/MiniBrowser`);
      } catch {
        return [];
      }
    })
    .sort()
    .reverse();
  return firstExisting(found);
}

export const webkitDriverPath = () => firstExisting([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
export const xvfbPath = () => firstExisting(['/usr/bin/Xvfb']);

/** What is missing to run the core scenario in both engines: [] when everything is installed. */
export function missingEngines() {
  const missing = [];
  if (!firefoxPath()) missing.push('firefox-esr');
  if (!miniBrowserPath() || !webkitDriverPath()) missing.push('webkit2gtk-driver');
  if (!xvfbPath()) missing.push('xvfb');
  return missing;
}

export const enginesInstallHint = (missing) =>
  `Firefox/WebKit not found (${missing.join(', ')}): install them with \`sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb\`.`;
