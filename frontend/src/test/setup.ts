import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
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

// jsdom has no scrolling; the router's ScrollRestoration calls it on every navigation.
window.scrollTo = () => {};
