// Run first by `npm test`: makes sure a Chromium exists before anything needs it. It installs
// nothing: .ci/run installs Debian's chromium (and Java for the HTML checker) on a fresh machine.
import { playwrightChromiumPath, systemChromiumPath } from './browser-path.mjs';

const found = systemChromiumPath() ?? (await playwrightChromiumPath());
if (found) {
  console.log(`Browser: ${found}`);
  process.exit(0);
}

console.error(
  'No Chromium found: run .ci/run (it installs Debian\'s "chromium" package), install it yourself, run "npx playwright install chromium", or set CHROME_PATH to a Chrome or Chromium binary.',
);
process.exit(1);
