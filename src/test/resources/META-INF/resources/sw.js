// Test stand-in of the web app's service worker (frontend/public/sw.js)
