// Writes dist/sw.js with Workbox after `astro build`: the site's scripts, icons and manifest are
// precached, and every page a visitor opens is kept (network first) so it opens again offline.
// Pages are not precached: a first visit would download all of them.
// Run by `npm run build`; src/lib/offline/register-service-worker.ts registers the worker.
import { generateSW } from 'workbox-build';

export const PAGE_CACHE = 'roleplan-pages';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['_astro/**/*.js', 'favicon.svg', 'icons/*.{svg,png}', 'manifest.webmanifest'],
  swDest: 'dist/sw.js',
  // Astro names its scripts by content hash: a new file name is a new version.
  dontCacheBustURLsMatching: /^_astro\//,
  mode: 'production',
  sourcemap: false,
  // The first visit's page was loaded before the worker existed: take control of it at once so the
  // page can hand its own address to the worker (CACHE_URLS) and later visits go through it.
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  runtimeCaching: [
    {
      // A page: same origin, and a path with no file extension (e.g. /planner/, /roles/hr-manager).
      urlPattern: ({ url, sameOrigin }) => sameOrigin && !/\.[a-z0-9]+$/i.test(url.pathname),
      handler: 'NetworkFirst',
      options: {
        cacheName: PAGE_CACHE,
        networkTimeoutSeconds: 4,
        expiration: { maxEntries: 80 },
        plugins: [
          {
            // One entry per page: /roles/x, /roles/x/ and /planner/?e=120 are the same HTML
            // (the planner reads its query in the browser).
            cacheKeyWillBeUsed: async ({ request }) => {
              const url = new URL(request.url);
              url.search = '';
              url.hash = '';
              if (!url.pathname.endsWith('/')) url.pathname += '/';
              return url.href;
            },
          },
        ],
      },
    },
  ],
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: dist/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KiB); pages are kept as they are visited`);
