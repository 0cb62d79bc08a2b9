// Run first by `npm test`: makes sure a Chromium exists before anything needs it.
// On a Debian machine running as root with none, installs Debian's chromium package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { playwrightChromiumPath, systemChromiumPath } from './browser-path.mjs';

function report(path) {
  console.log(`Browser: ${path}`);
}

const found = systemChromiumPath() ?? (await playwrightChromiumPath());
if (found) {
  report(found);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
  console.log('No Chromium found: installing Debian\'s chromium package with apt-get.');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = systemChromiumPath();
  if (installed) {
    report(installed);
    process.exit(0);
  }
}

console.error(
  'No Chromium found: install Debian\'s "chromium" package, run "npx playwright install chromium", or set CHROME_PATH to a Chrome or Chromium binary.',
);
process.exit(1);
