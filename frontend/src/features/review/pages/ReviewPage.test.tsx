import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Review } from '../../../shared/api';
import { eventDay, topicFields } from '../../../test/fixtures';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';

const content = {
  name: 'Digitaler Umzugsservice',
  tagline: 'Einmal umziehen.',
  description: 'Text',
  topicFields: ['bauen-wohnen'],
  eventDayId: 4,
  tags: ['Umzug'],
  links: [],
  logoId: null,
  bannerId: null,
  services: [],
  experts: [],
  materials: [],
};

const review: Review = {
  slug: 'kreis-soest-umzug',
  exhibitor: { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' },
  workflowState: 'submitted',
  version: 3,
  submittedBy: 'aussteller-soest',
  submittedAt: '2026-11-23T10:15:00Z',
  published: content,
  proposed: { ...content, tagline: 'Umzugslotse: einmal umziehen.', materials: [{ id: 8, title: 'Flyer' }] },
  uploadedMaterials: [
    { id: 8, title: 'Flyer', kind: 'document', mediaType: 'application/pdf', fileName: 'flyer.pdf', sizeBytes: 10, sha256: 'x', downloads: 0, url: '/api/booths/kreis-soest-umzug/materials/8' },
  ],
};

function backend(current: Review = review) {
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.admin };
    if (url.pathname === '/api/topic-fields') return { body: topicFields };
    if (url.pathname === '/api/event-days') return { body: [eventDay] };
    if (url.pathname === '/api/booths/kreis-soest-umzug/review') return { body: current };
    if (url.pathname === '/api/booths/kreis-soest-umzug/video-captions/5') return { body: 'WEBVTT', contentType: 'text/vtt' };
    if (url.pathname === '/api/booths/kreis-soest-umzug/materials/8') return { body: '%PDF-1.4', contentType: 'application/pdf' };
    if (init?.method === 'POST') return { body: { slug: 'kreis-soest-umzug', workflowState: 'published' } };
    return undefined;
  });
}

type Kol = Element & { _on: { onClick?: () => void; onInput?: (e: Event, v: unknown) => void }; _msg?: { _description: string } };
const button = (container: HTMLElement, label: string) =>
  [...container.querySelectorAll('kol-button')].find((b) => b.getAttribute('_label') === label) as Kol;

describe('ReviewPage', () => {
  it('compares approved and proposed content and marks changed fields with text', async () => {
    backend();
    renderRoute('/verwaltung/pruefung/kreis-soest-umzug', { auth: authenticated('kdn-admin') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Prüfung: Digitaler Umzugsservice' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Freigegebene und vorgeschlagene Inhalte im Vergleich' });
    const row = (name: RegExp) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(within(row(/Kurzbeschreibung/)).getByText('geändert')).toBeTruthy();
    expect(within(row(/Kurzbeschreibung/)).getByText('Einmal umziehen.')).toBeTruthy();
    expect(within(row(/Kurzbeschreibung/)).getByText('Umzugslotse: einmal umziehen.')).toBeTruthy();
    expect(within(row(/Gezeigte Materialien/)).getByText('Flyer (flyer.pdf)')).toBeTruthy();
    expect(row(/^Name/).className).not.toContain('is-changed');
    expect(within(row(/^Name/)).queryByText('geändert')).toBeNull();
    expect(within(row(/Themenfelder/)).getAllByText('Bauen & Wohnen')).toHaveLength(2);
    expect(screen.getByText('2 von 15 Feldern geändert.')).toBeTruthy();
  });

  it('plays the proposed video, an upload not public yet, with the reviewer\'s login', async () => {
    const video = { url: '/api/booths/kreis-soest-umzug/video-files/7/index.m3u8', captionsId: 5, captionsUrl: null, title: 'Der Stand in einer Minute' };
    const fetchMock = backend({ ...review, proposed: { ...review.proposed, video } });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:captions');
    const { container } = renderRoute('/verwaltung/pruefung/kreis-soest-umzug', { auth: authenticated('kdn-admin') });
    await screen.findByRole('table');
    expect(container.querySelector('kol-heading[_label="Vorgeschlagenes Video"]')).not.toBeNull();
    const player = container.querySelector('video')!;
    expect(player.getAttribute('aria-label')).toBe('Video: Der Stand in einer Minute');
    await waitFor(() => expect(player.querySelector('track')?.getAttribute('src')).toBe('blob:captions'));
    // Through the API client, which adds the login (BoothVideoPlayer.test.tsx checks the header)
    expect(fetchMock.mock.calls.some(([input]) => String(input).includes('/api/booths/kreis-soest-umzug/video-captions/5'))).toBe(true);
    vi.restoreAllMocks();
  });

  it('opens each uploaded file of the submission', async () => {
    const fetchMock = backend();
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:flyer');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { container } = renderRoute('/verwaltung/pruefung/kreis-soest-umzug', { auth: authenticated('kdn-admin') });
    await screen.findByRole('table');
    expect(container.querySelector('kol-heading[_label="Hochgeladene Dateien"]')).not.toBeNull();

    act(() => button(container, 'Öffnen: „Flyer“ (flyer.pdf, PDF, 10 Byte)')._on.onClick!());

    await waitFor(() => expect(saved).toEqual(['flyer.pdf']));
    // Through the API client (which adds the token), not a bare link the browser would send without it
    expect(fetchMock.mock.calls.some(([input]) => String(input).endsWith('/api/booths/kreis-soest-umzug/materials/8'))).toBe(true);
    vi.restoreAllMocks();
  });

  it('requires a reason to reject and sends it with the version', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/pruefung/kreis-soest-umzug', { auth: authenticated('kdn-admin') });
    await screen.findByRole('table');

    act(() => button(container, 'Ablehnen')._on.onClick!());
    const reason = container.querySelector('kol-textarea') as Kol;
    await waitFor(() => expect(reason._msg?._description).toBe('Bitte begründen Sie die Ablehnung.'));
    expect(writes(fetchMock)).toEqual([]);

    act(() => reason._on.onInput!(new Event('input'), 'Bitte das Logo ergänzen.'));
    act(() => button(container, 'Ablehnen')._on.onClick!());

    expect(await screen.findByText(/wurde abgelehnt/)).toBeTruthy();
    expect(writes(fetchMock)).toEqual([
      { request: 'POST /api/booths/kreis-soest-umzug/reject', body: { version: 3, reason: 'Bitte das Logo ergänzen.' } },
    ]);
  });

  it('approves without a reason', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/pruefung/kreis-soest-umzug', { auth: authenticated('kdn-admin') });
    await screen.findByRole('table');

    act(() => button(container, 'Freigeben')._on.onClick!());

    const done = await screen.findByText('„Digitaler Umzugsservice“ ist freigegeben und jetzt öffentlich.');
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(writes(fetchMock)).toEqual([{ request: 'POST /api/booths/kreis-soest-umzug/approve', body: { version: 3 } }]);
  });
});
