import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stageView } from '../fixtures.test-data';
import { eventDay } from '../../../test/fixtures';
import { authenticated, ME, mockFetch, renderRoute, requestedPaths, writes } from '../../../test/render';

const MODERATOR = { ...ME.visitor, username: 'moderatorin', name: 'Mona Derator', roles: ['visitor', 'moderator'] };

type KolField = Element & { _value?: unknown; _msg?: { _description?: string }; _on?: { onInput?: (e: Event, v: unknown) => void } };

function backend(me: object) {
  let names = { name: 'Hauptbühne', nameEn: null as string | null, version: 3 };
  return mockFetch((url, init) => {
    if (url.pathname === '/api/stages/hauptbuehne/names' && init?.method === 'PUT') {
      const sent = JSON.parse(String(init.body)) as typeof names;
      if (sent.version !== names.version) return { status: 409, body: { status: 409, title: 'Konflikt' } };
      names = { ...sent, version: names.version + 1 };
      return { body: names };
    }
    if (url.pathname === '/api/stages/hauptbuehne/names') return { body: names };
    if (url.pathname === '/api/me') return { body: me };
    if (url.pathname === '/api/stages') return { body: [stageView()] };
    if (url.pathname === '/api/event-days') return { body: [eventDay] };
    if (url.pathname === '/api/talks') return { body: [] };
    return undefined;
  });
}

describe('ModerationPage', () => {
  it('refuses visitors', async () => {
    backend(ME.visitor);
    renderRoute('/moderation', { auth: authenticated('besucher') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeTruthy();
  });

  it('lets moderators switch the live state, but not set up streams', async () => {
    const fetchMock = backend(MODERATOR);
    const { container } = renderRoute('/moderation', { auth: authenticated('moderatorin') });
    expect(await screen.findByRole('heading', { level: 3, name: 'Hauptbühne' })).toBeTruthy();
    expect(container.querySelector('kol-select[_label="Status der Hauptbühne"]')).not.toBeNull();
    expect(container.querySelector('kol-button[_label="Status übernehmen"]')).not.toBeNull();
    expect(screen.queryByText('Übertragung einstellen')).toBeNull();
    expect(screen.queryByText('Name der Bühne')).toBeNull();
    expect(requestedPaths(fetchMock)).not.toContain('/api/stages/hauptbuehne/names');
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/talks?day=4'));
  });

  it('gives admins the stream settings too', async () => {
    backend(ME.admin);
    renderRoute('/moderation', { auth: authenticated('kdn-admin') });
    expect(await screen.findByText('Übertragung einstellen')).toBeTruthy();
  });

  it('lets admins name a stage in English beside German, twice in a row, and asks for the German name', async () => {
    const fetchMock = backend(ME.admin);
    const { container } = renderRoute('/moderation', { auth: authenticated('kdn-admin') });
    expect(await screen.findByText('Name der Bühne')).toBeTruthy();
    const field = (label: string) => container.querySelector(`kol-input-text[_label="${label}"]`) as KolField;
    await waitFor(() => expect(field('Name (Deutsch)')._value).toBe('Hauptbühne'));
    expect(field('Name (Englisch, optional)').getAttribute('lang')).toBe('en');

    act(() => field('Name (Englisch, optional)')._on?.onInput?.(new Event('input'), 'Main stage'));
    fireEvent.submit(field('Name (Deutsch)').closest('form')!);
    expect(await screen.findByText('Die Namen sind gespeichert.')).toBeTruthy();
    act(() => field('Name (Englisch, optional)')._on?.onInput?.(new Event('input'), 'Main stage (hall A)'));
    fireEvent.submit(field('Name (Deutsch)').closest('form')!);
    await waitFor(() => expect(writes(fetchMock)).toHaveLength(2));
    expect(writes(fetchMock)).toEqual([
      { request: 'PUT /api/stages/hauptbuehne/names', body: { name: 'Hauptbühne', nameEn: 'Main stage', version: 3 } },
      { request: 'PUT /api/stages/hauptbuehne/names', body: { name: 'Hauptbühne', nameEn: 'Main stage (hall A)', version: 4 } },
    ]);
    expect(await screen.findByText('Die Namen sind gespeichert.')).toBeTruthy();

    act(() => field('Name (Deutsch)')._on?.onInput?.(new Event('input'), ' '));
    fireEvent.submit(field('Name (Deutsch)').closest('form')!);
    await waitFor(() => expect(field('Name (Deutsch)')._msg?._description).toBe('Bitte geben Sie den deutschen Namen an.'));
    expect(writes(fetchMock)).toHaveLength(2);
  });
});
