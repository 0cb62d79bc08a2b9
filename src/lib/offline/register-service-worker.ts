// Registers the service worker that keeps visited pages for offline use (dist/sw.js, written by
// scripts/generate-service-worker.mjs). Bundled by Astro as a module script, so the strict CSP
// needs no inline script. Waits for the load event so the worker's downloads never compete with
// the page's own.

/** Workbox's message asking the worker to fetch and keep these URLs with their route's strategy. */
interface CacheUrlsMessage {
  type: 'CACHE_URLS';
  payload: { urlsToCache: string[] };
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('/sw.js');
  await navigator.serviceWorker.ready;
  // This page loaded before the worker existed, so it is not kept yet: hand its address over.
  const message: CacheUrlsMessage = { type: 'CACHE_URLS', payload: { urlsToCache: [location.href] } };
  registration.active?.postMessage(message);
}
