// Kommunalmesse's service worker (issue 14, docs/web-speed.md): a revisit opens the page's frame at once instead
// of after a round trip, also on a flaky line. It keeps two things and nothing personal:
// - the pages' HTML (the same index.html under each address, with that address's preload and security headers):
//   answered from the cache and refreshed in the background for the next visit (stale-while-revalidate);
//   without a copy, or when the copy is older than a day, from the network;
// - the build's hashed files under /assets/: they never change under their name, so the cache answers them.
// API answers, logins, uploads and the live connection always go to the network.
const PAGES = 'kommunalmesse-pages-v1';
const ASSETS = 'kommunalmesse-assets-v1';
const KEEP = [PAGES, ASSETS];
/** Pages kept (a visitor's recent addresses); the oldest go first. */
const MAX_PAGES = 60;
/** A page copy older than this is not shown any more: the network answers (or, offline, the copy). */
const MAX_PAGE_AGE_MS = 24 * 60 * 60 * 1000;
/** Assets kept; a release adds its own files, the oldest go first. */
const MAX_ASSETS = 400;
const NOT_THE_APP = /^\/(api|q|ws|media)(\/|$)/;
/** Back from Keycloak: a one-time address, not worth keeping. */
const LOGIN_RETURN = /^\/auth\//;
/** When a page copy was stored (the server's own headers need not carry a date). */
const STORED_AT = 'X-Kommunalmesse-Stored-At';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (!KEEP.includes(name)) await caches.delete(name);
      await self.clients.claim();
      // The page the worker was registered from came before it: keep it too, so that already the next visit
      // opens from the copy
      const pages = await caches.open(PAGES);
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (isPage(url) && !(await pages.match(pageKey(url)))) {
          try {
            await keep(pages, pageKey(url), await fetch(url.href, { credentials: 'same-origin' }));
          } catch {
            // Offline right now: the next visit fetches it
          }
        }
      }
    })(),
  );
});

/** An address of the app's pages (not the API, not the return from Keycloak) on this site. */
function isPage(url) {
  return url.origin === self.location.origin && !NOT_THE_APP.test(url.pathname) && !LOGIN_RETURN.test(url.pathname);
}

function pageKey(url) {
  return url.origin + url.pathname + url.search;
}

/** Stores a copy of a page's answer with the time it was stored; only the site's own successful answers. */
async function keep(cache, key, response) {
  if (!response.ok || response.type !== 'basic') return;
  const headers = new Headers(response.headers);
  headers.set(STORED_AT, String(Date.now()));
  // The copy holds the decoded body
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  await cache.put(key, new Response(await response.clone().arrayBuffer(), { status: response.status, statusText: response.statusText, headers }));
  await trim(cache, MAX_PAGES);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && isPage(url)) {
    event.respondWith(page(event, url));
  } else if (url.origin === self.location.origin && url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
  }
});

async function page(event, url) {
  const cache = await caches.open(PAGES);
  const key = pageKey(url);
  const cached = await cache.match(key);
  const fresh = fetch(event.request).then(async (response) => {
    await keep(cache, key, response);
    return response;
  });
  if (cached && Date.now() - Number(cached.headers.get(STORED_AT)) < MAX_PAGE_AGE_MS) {
    // The copy is shown; if the page changed meanwhile (a new release, or a policy that now admits a stream
    // or an embed an admin added), the page learns it and loads again (src/main.tsx)
    event.waitUntil(
      fresh
        .then((response) => (changed(cached, response) ? tell(event.resultingClientId, { type: 'page-changed' }) : undefined))
        .catch(() => undefined),
    );
    return cached;
  }
  try {
    return await fresh;
  } catch (error) {
    if (cached) return cached;
    throw error;
  }
}

/** Whether the page's answer differs from the copy shown: its content (ETag) or its security policy. */
function changed(copy, response) {
  if (!response.ok) return false;
  return ['ETag', 'Content-Security-Policy'].some((name) => (copy.headers.get(name) ?? '') !== (response.headers.get(name) ?? ''));
}

/** Posts a message to the page that is just being opened, once it exists (a few seconds at most). */
async function tell(clientId, message) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const client = clientId ? await self.clients.get(clientId) : undefined;
    if (client) {
      client.postMessage(message);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function asset(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request, response.clone());
    await trim(cache, MAX_ASSETS);
  }
  return response;
}

/** Drops the oldest entries (the cache lists them in the order they were put) beyond the limit. */
async function trim(cache, max) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(key);
}
