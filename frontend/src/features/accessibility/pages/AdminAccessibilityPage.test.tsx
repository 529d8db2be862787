import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';
import { click, kolInput } from '../../../test/kolibri';
import type { Report } from '../api';
import { statementAdmin } from './fixtures.test-data';

const report: Report = {
  id: 5,
  description: 'Fokus ist unsichtbar',
  location: '/halle',
  contactEmail: 'melderin@example.org',
  lang: 'de',
  status: 'neu',
  createdAt: '2026-10-01T10:00:00Z',
  dueAt: '2026-11-12T10:00:00Z',
  overdue: true,
  updatedAt: '2026-10-01T10:00:00Z',
  version: 0,
};

function backend() {
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.admin };
    if (url.pathname === '/api/admin/accessibility/overview') {
      return { body: { statementPublished: true, review: statementAdmin.review, openReports: 3, overdueReports: 1, answerDays: 42 } };
    }
    if (url.pathname === '/api/admin/accessibility/statement') return { body: statementAdmin };
    if (url.pathname === '/api/admin/accessibility/reports') return { body: [report] };
    if (url.pathname === '/api/admin/accessibility/reports/5') return { body: { report, replies: [] } };
    if (url.pathname === '/api/accessibility/sign-videos') {
      return { body: [{ slot: 'angebot', title: 'Was ist die Kommunalmesse?', transcript: 'Hallo!', updatedAt: '2026-12-01T10:00:00Z' }] };
    }
    if (url.pathname === '/api/admin/accessibility/sign-videos/angebot' && init?.method === 'PUT') {
      return { body: { slot: 'angebot', title: 'Neu', transcript: 'Hallo!', updatedAt: '2026-12-02T10:00:00Z' } };
    }
    if (url.pathname === '/api/admin/accessibility/reports/5/replies' && init?.method === 'POST') {
      return {
        status: 201,
        body: { id: 1, message: 'Behoben.', interim: false, sentBy: 'kdn-admin', sentAt: '2026-10-02T10:00:00Z', mailedTo: 'melderin@example.org', mailSent: true },
      };
    }
    return undefined;
  });
}

describe('AdminAccessibilityPage', () => {
  it('reminds of the overdue review, lists overdue reports and answers one', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/barrierefreiheit', { auth: authenticated('kdn-admin') });

    expect(await screen.findByText('Die jährliche Überprüfung der Erklärung war am 20. November 2026 fällig und ist überfällig.')).toBeTruthy();
    expect(screen.getByText('3 offene Meldungen, davon 1 überfällig')).toBeTruthy();
    expect(await screen.findByText('Fokus ist unsichtbar')).toBeTruthy();
    expect(container.querySelector('.report-row--overdue')).not.toBeNull();

    click(container, 'Meldung 5 öffnen');
    await waitFor(() => expect(container.querySelector('.report-detail kol-textarea')).not.toBeNull());
    const textarea = container.querySelector('.report-detail kol-textarea') as unknown as {
      _on: { onInput: (e: Event, v: unknown) => void };
    };
    textarea._on.onInput(new Event('input'), 'Behoben.');
    await waitFor(() =>
      expect((container.querySelector('.report-detail kol-textarea') as unknown as { _value: string })._value).toBe('Behoben.'),
    );
    (container.querySelector('.report-detail form') as HTMLFormElement).requestSubmit();
    await waitFor(() =>
      expect(writes(fetchMock)).toContainEqual({
        request: 'POST /api/admin/accessibility/reports/5/replies',
        body: { message: 'Behoben.', interim: false },
      }),
    );
    expect(await screen.findByText('Antwort gespeichert.')).toBeTruthy();
  });

  it('puts a sign-language video slot with its title and transcript', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/barrierefreiheit', { auth: authenticated('kdn-admin') });
    await waitFor(() =>
      expect((container.querySelector('.sign-video-form kol-textarea') as unknown as { _value: string } | null)?._value).toBe('Hallo!'),
    );
    kolInput(container.querySelector('.sign-video-form kol-input-text'), 'Neu');
    (container.querySelector('.sign-video-form') as HTMLFormElement).requestSubmit();
    await waitFor(() => {
      const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
      expect(put).toBeDefined();
      expect(String(put![0])).toBe('/api/admin/accessibility/sign-videos/angebot');
      const body = put![1]!.body as FormData;
      expect(body.get('title')).toBe('Neu');
      expect(body.get('transcript')).toBe('Hallo!');
      expect(body.get('video')).toBeNull();
    });
    expect(await screen.findByText('Gespeichert.')).toBeTruthy();
  });

  it('refuses visitors', async () => {
    mockFetch((url) => (url.pathname === '/api/me' ? { body: ME.visitor } : undefined));
    renderRoute('/verwaltung/barrierefreiheit', { auth: authenticated('besucher') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeTruthy();
  });
});
