import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { setChatSocketFactory } from '../shared/realtime/hooks';
import { initI18n } from '../i18n';
import { FakeChatServer } from './fakeSocket';

initI18n('de');

// Two cores, shared with other builds, run the test files in parallel: give findBy/waitFor more than the
// default second (the first test of a file also loads KoliBri and its page's chunk).
configure({ asyncUtilTimeout: 10_000 });

// No test talks to a real chat server: each one starts with a fresh tab connection to a fake
beforeEach(() => {
  setChatSocketFactory(new FakeChatServer().factory);
  window.sessionStorage.clear();
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// Preact runs effects after the next paint, with a 100 ms timer as fallback that then calls cancelAnimationFrame:
// let such timers fire before the file's jsdom is torn down (else "cancelAnimationFrame is not defined" fails the run)
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

// jsdom has no scrolling; the router's ScrollRestoration calls it on every navigation.
window.scrollTo = () => {};
