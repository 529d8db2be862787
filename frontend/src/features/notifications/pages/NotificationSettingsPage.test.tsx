import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KolHost } from '../../../test/kolibri';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';
import type { NotificationPreferences } from '../api';

const PREFERENCES: NotificationPreferences = {
  hasEmail: true,
  mailEnabled: true,
  topics: [
    { topic: 'meeting', delivery: 'app' },
    { topic: 'conversation', delivery: 'app' },
  ],
};

function backend(preferences: NotificationPreferences) {
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.visitor };
    if (url.pathname === '/api/me/notifications/preferences' && init?.method === 'PUT') {
      return { body: { ...preferences, topics: [preferences.topics[0], { topic: 'conversation', delivery: 'digest' }] } };
    }
    if (url.pathname === '/api/me/notifications/preferences') return { body: preferences };
    if (url.pathname === '/api/me/notifications') return { body: { unread: 0, items: [] } };
    return undefined;
  });
}

const select = (container: HTMLElement, label: string) =>
  container.querySelector(`kol-select[_label="${label}"]`) as (KolHost & { _options?: { value: string }[]; _value?: unknown }) | null;

describe('NotificationSettingsPage', () => {
  it('saves the delivery chosen for a topic', async () => {
    const fetchMock = backend(PREFERENCES);
    const { container } = renderRoute('/benachrichtigungen/einstellungen', { auth: authenticated('besucher') });
    await waitFor(() => expect(select(container, 'Antworten in Ihren Gesprächen')).not.toBeNull());

    act(() => select(container, 'Antworten in Ihren Gesprächen')?._on?.onChange?.(new Event('change'), 'digest'));
    // as a person would, send once the choice shows
    await waitFor(() => expect(select(container, 'Antworten in Ihren Gesprächen')?._value).toBe('digest'));
    fireEvent.submit(container.querySelector('form[data-testid="notification-settings"]')!);

    expect(await screen.findByText('Einstellungen gespeichert.')).toBeTruthy();
    expect(writes(fetchMock)).toEqual([
      {
        request: 'PUT /api/me/notifications/preferences',
        body: { topics: [{ topic: 'meeting', delivery: 'app' }, { topic: 'conversation', delivery: 'digest' }] },
      },
    ]);
  });

  it('offers no e-mail without an address in the account', async () => {
    backend({ ...PREFERENCES, hasEmail: false });
    const { container } = renderRoute('/benachrichtigungen/einstellungen', { auth: authenticated('besucher') });
    expect(await screen.findByText('Ihr Konto hat keine E-Mail-Adresse: E-Mails sind nicht möglich.')).toBeTruthy();
    await waitFor(() => expect(select(container, 'Termine')).not.toBeNull());
    const options = (select(container, 'Termine') as unknown as { _options: { value: string }[] })._options;
    expect(options.map((o) => o.value)).toEqual(['app', 'off']);
  });
});
