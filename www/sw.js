// Service worker: the page works offline after one visit.
//
// Install caches everything the page needs (the page, its modules, the wasm, the sample).
// Requests for our own files are answered from the cache at once, and the cache is refreshed
// from the network in the background (stale-while-revalidate), so a new build shows on the
// next load. Requests to other origins are never made by the page; this worker leaves them alone.
const CACHE = 'wenxi-v2';
const FILES = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'client.js',
  'charts.js',
  'export.js',
  'i18n.js',
  'kinds.js',
  'worker.js',
  'api.js',
  'element.js',
  'sample.txt',
  'pkg/wenxi.js',
  'pkg/wenxi_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request, { ignoreSearch: true });
    const fresh = fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    });
    if (cached) {
      event.waitUntil(fresh.catch(() => {}));
      return cached;
    }
    return fresh;
  })());
});
