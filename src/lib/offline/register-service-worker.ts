// Registers the service worker that keeps visited pages for offline use (dist/sw.js, written by
// scripts/generate-service-worker.mjs). Called from src/components/ServiceWorker.astro, a module
// script that Astro bundles and hashes, so the strict CSP needs no hand-written inline script.

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
