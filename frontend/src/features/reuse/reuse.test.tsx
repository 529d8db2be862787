import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReuseBoard, ReuseRequest } from '../../shared/api';
import { boothDetail, editorBooth } from '../../test/fixtures';
import { click, kolInput } from '../../test/kolibri';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../test/render';
import { isAgs } from './ags';

const KEY = boothDetail.services[0].key;

function request(overrides: Partial<ReuseRequest> = {}): ReuseRequest {
  return {
    id: 41,
    booth: { slug: 'kreis-soest-umzug', edition: '2026', name: 'Digitaler Umzugsservice', exhibitorSlug: 'kreis-soest', exhibitorName: 'Kreis Soest' },
    serviceKey: KEY,
    serviceName: 'Umzugsportal',
    requesterName: 'Bea Sucher',
    requesterEmail: 'besucher@example.org',
    organisation: 'Gemeinde Möhnesee',
    organisationType: 'kommune',
    ags: '05974028',
    inhabitants: 11800,
    timeFrame: '2027',
    questions: 'Wie lange dauert die Einführung?',
    status: 'interesse',
    allowedNext: ['im-gespraech', 'abgebrochen'],
    reason: null,
    notes: null,
    nextDate: null,
    assignee: null,
    confirmedAt: null,
    adoptionYear: null,
    createdAt: '2026-12-01T09:00:00Z',
    updatedAt: '2026-12-01T09:00:00Z',
    version: 3,
    history: [{ at: '2026-12-01T09:00:00Z', actor: null, kind: 'created', fromStatus: null, toStatus: 'interesse', detail: null }],
    ...overrides,
  };
}

const field = (container: HTMLElement, tag: string, label: string) => container.querySelector(`${tag}[_label="${label}"]`);

describe('Gemeindeschlüssel', () => {
  it('has 8 digits and a Land prefix from 01 to 16', () => {
    expect(isAgs('05974028')).toBe(true);
    expect(isAgs('16077001')).toBe(true);
    expect(isAgs('17123456')).toBe(false);
    expect(isAgs('00123456')).toBe(false);
    expect(isAgs('0597402')).toBe(false);
  });
});

describe('Nachnutzung anfragen', () => {
  it('checks the AGS before sending and sends the organisation facts with consent', async () => {
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === '/api/me') return { body: ME.visitor };
      if (url.pathname === '/api/booths/kreis-soest-umzug') return { body: boothDetail };
      if (url.pathname === `/api/booths/kreis-soest-umzug/services/${KEY}/reuse-requests` && init?.method === 'POST') {
        return { status: 201, body: request() };
      }
      return undefined;
    });
    const { container } = renderRoute(`/stand/kreis-soest-umzug/nachnutzung/${KEY}`, { auth: authenticated() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nachnutzung anfragen: Umzugsportal' })).toBeTruthy();
    await waitFor(() => expect(field(container, 'kol-input-text', 'Organisation')).not.toBeNull());

    kolInput(field(container, 'kol-input-text', 'Organisation'), 'Gemeinde Möhnesee');
    kolInput(field(container, 'kol-select', 'Art der Organisation'), 'kommune');
    kolInput(field(container, 'kol-input-text', 'Amtlicher Gemeindeschlüssel (AGS)'), '17974028');
    kolInput(container.querySelector('kol-input-checkbox'), true);
    fireEvent.submit(container.querySelector('form.reuse-request-form')!);
    expect(writes(fetchMock)).toEqual([]);

    kolInput(field(container, 'kol-input-text', 'Amtlicher Gemeindeschlüssel (AGS)'), '05974028');
    kolInput(field(container, 'kol-input-text', 'Einwohnerzahl'), '11800');
    fireEvent.submit(container.querySelector('form.reuse-request-form')!);

    await waitFor(() => expect(container.textContent).toContain('Ihre Anfrage ist beim Standteam.'));
    expect(writes(fetchMock)).toEqual([
      {
        request: `POST /api/booths/kreis-soest-umzug/services/${KEY}/reuse-requests`,
        body: {
          organisation: 'Gemeinde Möhnesee',
          organisationType: 'kommune',
          ags: '05974028',
          inhabitants: 11800,
          timeFrame: null,
          questions: null,
          consent: true,
        },
      },
    ]);
  });
});

describe('Nachnutzungs-Board', () => {
  it('shows a column per status and saves a move with the version it was read at; a 409 reloads', async () => {
    let board: ReuseBoard = { booth: request().booth, staff: ['aussteller-soest', 'kollegin@example.org'], requests: [request()] };
    let conflict = true;
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === '/api/me') return { body: ME.exhibitor };
      if (url.pathname === '/api/my/booths') return { body: [editorBooth()] };
      if (url.pathname === '/api/booths/kreis-soest-umzug/reuse-requests') return { body: board };
      if (url.pathname === '/api/reuse-requests/41/handling' && init?.method === 'PUT') {
        if (conflict) {
          conflict = false;
          board = { ...board, requests: [request({ version: 4 })] };
          return { status: 409, body: { status: 409, title: 'Konflikt', detail: 'Die Anfrage wurde inzwischen geändert.' } };
        }
        board = { ...board, requests: [request({ status: 'im-gespraech', version: 5, allowedNext: ['interesse', 'vereinbarung', 'abgebrochen'] })] };
        return { body: board.requests[0] };
      }
      return undefined;
    });
    const { container } = renderRoute('/mein-stand/kreis-soest-umzug/nachnutzung', { auth: authenticated('aussteller-soest') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nachnutzungsanfragen: Digitaler Umzugsservice' })).toBeTruthy();
    await waitFor(() => expect(container.querySelector('kol-heading[_label="Interesse (1)"]')).not.toBeNull());
    expect(container.querySelector('kol-heading[_label="Nachgenutzt (0)"]')).not.toBeNull();
    expect(container.textContent).toContain('05974028');

    kolInput(field(container, 'kol-select', 'Status'), 'im-gespraech');
    kolInput(field(container, 'kol-select', 'Zuständig'), 'aussteller-soest');
    fireEvent.submit(container.querySelector('.reuse-card form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Das Board zeigt jetzt den aktuellen Stand'));

    kolInput(field(container, 'kol-select', 'Status'), 'im-gespraech');
    fireEvent.submit(container.querySelector('.reuse-card form')!);
    await waitFor(() => expect(container.querySelector('kol-heading[_label="Im Gespräch (1)"]')).not.toBeNull());
    const puts = writes(fetchMock);
    expect(puts[0]).toEqual({
      request: 'PUT /api/reuse-requests/41/handling',
      body: { version: 3, status: 'im-gespraech', reason: null, notes: null, nextDate: null, assignee: 'aussteller-soest' },
    });
    expect(puts[1].body).toMatchObject({ version: 4, status: 'im-gespraech' });
  });
});

describe('Meine Nachnutzungen', () => {
  it('lists the requests, confirms a reuse and withdraws a request', async () => {
    let mine = [request({ status: 'nachgenutzt', allowedNext: [], notes: null, history: null })];
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === '/api/me') return { body: ME.visitor };
      if (url.pathname === '/api/my/reuse-requests') return { body: mine };
      if (url.pathname === '/api/reuse-requests/41/confirm' && init?.method === 'POST') {
        mine = [{ ...mine[0], confirmedAt: '2026-12-07T10:00:00Z', adoptionYear: 2026 }];
        return { body: mine[0] };
      }
      if (url.pathname === '/api/reuse-requests/41/withdraw' && init?.method === 'POST') {
        mine = [];
        return { status: 204, body: undefined };
      }
      return undefined;
    });
    const { container } = renderRoute('/meine-nachnutzungen', { auth: authenticated() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Meine Nachnutzungen' })).toBeTruthy();
    await waitFor(() => expect(container.querySelector('kol-heading[_label="Umzugsportal – Gemeinde Möhnesee"]')).not.toBeNull());
    expect(container.textContent).toContain('Nachgenutzt');

    click(container, 'Nachnutzung bestätigen');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Bestätigt für 2026'));
    click(container, 'Anfrage zurückziehen');
    await waitFor(() => expect(container.textContent).toContain('noch keine Nachnutzung angefragt'));
    expect(writes(fetchMock).map((w) => w.request)).toEqual([
      'POST /api/reuse-requests/41/confirm',
      'POST /api/reuse-requests/41/withdraw',
    ]);
  });
});
