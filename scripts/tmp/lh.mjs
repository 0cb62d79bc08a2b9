import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { systemChromiumPath } from '../browser-path.mjs';
import { startPreview } from '../preview-server.mjs';
const preview = await startPreview(4331);
const chrome = await chromeLauncher.launch({ chromePath: systemChromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const path of process.argv.slice(2)) {
    for (let run = 0; run < Number(process.env.RUNS ?? 1); run++) {
      const { lhr } = await lighthouse(`${preview.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const a = lhr.audits;
      const m = (id) => `${id}=${Math.round(a[id].numericValue)}(${a[id].score})`;
      console.log(path, Math.round(lhr.categories.performance.score * 100), ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift'].map(m).join(' '));
      if (process.env.DETAIL) {
        console.log(' breakdown', a['mainthread-work-breakdown'].details.items.map((i) => `${i.group}:${Math.round(i.duration)}`).join(' '));
        console.log(' long tasks', (a['long-tasks']?.details?.items ?? []).slice(0, 8).map((i) => `${i.url?.split('/').pop()}@${Math.round(i.startTime)}:${Math.round(i.duration)}`).join(' '));
        console.log(' dom', a['dom-size']?.numericValue ?? a['dom-size-insight']?.details?.items?.[0]);
      }
    }
  }
} finally { chrome.kill(); preview.stop(); }
