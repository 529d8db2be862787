import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { click, kolInput } from '../../../test/kolibri';
import { authenticated, type Handler, ME, mockFetch, renderRoute, writes } from '../../../test/render';
import type { OwnProfile, Person, Requests } from '../api';

const MAREN: Person = {
  id: 7, name: 'Maren Decker', organisation: 'KDN', organisationType: 'verband', hostRegion: 'soest',
  hostRegionName: 'Digitale Modellregion Soest', region: 'NRW', role: 'Moderation', topicFields: ['gesundheit'],
  about: 'Gern im Austausch.', contact: 'none', shared: 1,
};

/** The networking API; `own` may change while the page is open (a getter), `writes` answers writes first. */
function backend(own: OwnProfile | (() => OwnProfile), requests: Requests = { incoming: [], outgoing: [] }, writes: Handler = () => undefined) {
  return mockFetch((url, init) => {
    const written = writes(url, init);
    if (written) return written;
    if (url.pathname === '/api/me') return { body: ME.visitor };
    if (url.pathname === '/api/network/profile') return { body: typeof own === 'function' ? own() : own };
    if (url.pathname === '/api/network/people') return { body: { people: [MAREN], total: 1 } };
    if (url.pathname === '/api/network/suggestions') return { body: [] };
    if (url.pathname === '/api/network/blocks') return { body: [] };
    if (url.pathname === '/api/network/requests') return { body: requests };
    if (url.pathname === '/api/network/requests/3/accept' && init?.method === 'POST') {
      return { body: { ...requests.incoming[0], status: 'accepted', conversationId: 11 } };
    }
    if (url.pathname === '/api/me/notifications') return { body: { unread: 0, items: [] } };
    return undefined;
  });
}

/** A text field of the page, once it is there. */
const field = (container: HTMLElement, label: string) =>
  waitFor(() => {
    const found = container.querySelector(`kol-input-text[_label="${label}"]`);
    expect(found).not.toBeNull();
    return found;
  });

describe('NetworkingPage', () => {
  it('lists the directory but offers no request before the visitor opted in', async () => {
    backend({ findable: false });
    const { container } = renderRoute('/vernetzen', { auth: authenticated('besucher') });
    expect(await screen.findByText('1 Person gefunden.')).toBeTruthy();
    expect(screen.getByText('Um andere anzufragen, legen Sie zuerst Ihr Profil an.')).toBeTruthy();
    expect(container.querySelector('kol-button[_label="Maren Decker anfragen"]')).toBeNull();
    expect(container.querySelector('kol-button[_label="Maren Decker sperren"]')).not.toBeNull();
  });

  it('says the profile is created, also once the page knows the visitor is findable', async () => {
    let own: OwnProfile = { findable: false };
    backend(() => own, undefined, (url, init) => {
      if (url.pathname !== '/api/network/profile' || init?.method !== 'PUT') return undefined;
      own = { findable: true, profile: { ...MAREN, id: 1, name: 'Bea Sucher', organisation: 'Stadt Musterhausen' } };
      return { body: own.profile };
    });
    const { container } = renderRoute('/vernetzen', { auth: authenticated('besucher') });
    const organisation = await field(container, 'Organisation');
    kolInput(organisation, 'Stadt Musterhausen');
    fireEvent.submit(organisation!.closest('form')!);
    // The page reads the profile again and now shows the findable one, with the message of the step
    expect(await screen.findByText('Sie sind im Verzeichnis zu finden. Andere sehen Ihren Namen und die Angaben unten.')).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Ihr Profil ist angelegt. Andere können Sie jetzt finden.');
  });

  it('accepts a request received', async () => {
    const fetchMock = backend({ findable: true, profile: { ...MAREN, id: 1, name: 'Bea Sucher' } }, {
      incoming: [{ id: 3, incoming: true, otherName: 'Maren Decker', message: 'Hallo!', status: 'pending', createdAt: '2026-12-07T10:00:00Z' }],
      outgoing: [],
    });
    const { container } = renderRoute('/vernetzen', { auth: authenticated('besucher') });
    expect(await screen.findByText('Hallo!')).toBeTruthy();
    click(container, 'Anfrage von Maren Decker annehmen');
    await waitFor(() => expect(writes(fetchMock)).toEqual([{ request: 'POST /api/network/requests/3/accept', body: undefined }]));
    expect(await screen.findByText('Angenommen: Sie können jetzt mit Maren Decker schreiben.')).toBeTruthy();
  });

  it('searches although the list is still loading (a search is never ignored as busy)', async () => {
    const answer = backend({ findable: true, profile: { ...MAREN, id: 1, name: 'Bea Sucher' } });
    // The unfiltered list never arrives, as if it were refreshed in the background on a slow line
    const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname === '/api/network/people' && !url.searchParams.has('q')) return new Promise<Response>(() => {});
      return answer(input, init);
    });
    vi.stubGlobal('fetch', fetchMock);
    const { container } = renderRoute('/vernetzen', { auth: authenticated('besucher') });
    const q = await field(container, 'Suchbegriff');
    kolInput(q, 'Maren');
    fireEvent.submit(q!.closest('form')!);
    expect(await screen.findByText('1 Person gefunden.')).toBeTruthy();
    const searched = fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'))
      .filter((url) => url.pathname === '/api/network/people').map((url) => url.searchParams.get('q'));
    expect(searched).toEqual([null, 'Maren']);
  });
});
