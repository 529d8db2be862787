import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QuestionView } from '../api/programme';
import { talkDetail } from '../fixtures.test-data';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';

const question: QuestionView = {
  id: 11,
  text: 'Gibt es den Dienst auch für Kreise?',
  author: null,
  anonymous: true,
  status: 'approved',
  pinned: false,
  votes: 2,
  votedByMe: false,
  mine: false,
  answer: null,
  inFaq: false,
  createdAt: '2026-11-26T09:40:00Z',
};

function backend(detail = talkDetail({ start: new Date(Date.now() + 3_600_000).toISOString(), end: new Date(Date.now() + 5_400_000).toISOString() })) {
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.visitor };
    if (url.pathname === '/api/talks/7') return { body: detail };
    if (url.pathname === '/api/talks/7/questions') return { body: [question] };
    if (url.pathname === '/api/talks/7/polls') return { body: [] };
    if (url.pathname === '/api/talks/7/faq') return { body: [] };
    if (url.pathname === '/api/talks/7/questions/11/vote' && init?.method === 'PUT') return { body: { ...question, votes: 3, votedByMe: true } };
    return undefined;
  });
}

describe('TalkPage', () => {
  it('shows when (in Berlin time), where, who and the related booths, with the calendar file', async () => {
    backend(talkDetail());
    const { container } = renderRoute('/vortrag/7', { auth: { status: 'anonymous' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Umziehen mit einem Klick' })).toBeTruthy();
    expect(screen.getByText(/Donnerstag, 26\. November 2026, 10:30–11:00 Uhr/)).toBeTruthy();
    expect(container.querySelector('kol-link[_href="/referierende/7"]')?.getAttribute('_label')).toBe('Sabine Beispiel');
    expect(container.querySelector('kol-link[_href="/stand/kreis-soest-umzug"]')).not.toBeNull();
    expect(container.querySelector('kol-link[_href="/buehne/hauptbuehne"]')).not.toBeNull();
    expect(container.querySelector('kol-link[_href="/api/talks/7/ics"]')).not.toBeNull();
    expect(screen.getByText('Zweiter Absatz.')).toBeTruthy();
    // Ended: the afterwards section, and no more asking.
    expect(screen.getByRole('heading', { level: 2, name: 'Nachlese' })).toBeTruthy();
    expect(screen.queryByText(/Um Fragen zu stellen/)).toBeNull();
  });

  it('asks anonymous visitors to log in to ask, and shows approved questions without the author', async () => {
    backend();
    renderRoute('/vortrag/7', { auth: { status: 'anonymous' } });
    expect(await screen.findByText('Gibt es den Dienst auch für Kreise?')).toBeTruthy();
    expect(screen.getByText(/Um Fragen zu stellen/)).toBeTruthy();
    expect(screen.getByText('anonym')).toBeTruthy();
    expect(screen.getByText('2 Stimmen')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Unterstützen/ })).toBeNull();
  });

  it('lets a logged-in visitor upvote a question once, as a toggle button', async () => {
    const fetchMock = backend();
    renderRoute('/vortrag/7', { auth: authenticated('besucher') });
    const vote = await screen.findByRole('button', { name: 'Unterstützen, bisher 2 Stimmen' });
    expect(vote.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(vote);
    await waitFor(() => expect(writes(fetchMock)).toEqual([{ request: 'PUT /api/talks/7/questions/11/vote', body: undefined }]));
    expect(await screen.findByText('Ihre Stimme wurde gezählt.')).toBeTruthy();
  });

  it('adds the talk to the agenda with "In meine Agenda"', async () => {
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === '/api/me') return { body: ME.visitor };
      if (url.pathname === '/api/talks/7') return { body: talkDetail() };
      if (url.pathname === '/api/me/agenda/7' && init?.method === 'PUT') return { status: 204, body: undefined };
      if (url.pathname.startsWith('/api/talks/7/')) return { body: [] };
      return undefined;
    });
    renderRoute('/vortrag/7', { auth: authenticated('besucher') });
    const save = await screen.findByRole('button', { name: 'In meine Agenda: Umziehen mit einem Klick' });
    fireEvent.click(save);
    await waitFor(() => expect(save.getAttribute('aria-pressed')).toBe('true'));
    expect(writes(fetchMock)).toEqual([{ request: 'PUT /api/me/agenda/7', body: undefined }]);
    expect(await screen.findByText('In „Meine Agenda“ aufgenommen.')).toBeTruthy();
  });

  it('shows "not found" for an unknown talk', async () => {
    mockFetch(() => undefined);
    renderRoute('/vortrag/999', { auth: { status: 'anonymous' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeTruthy();
  });
});
