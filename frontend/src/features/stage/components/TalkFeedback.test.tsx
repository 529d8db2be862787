import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeedbackResults, MyTalkFeedback } from '../api/feedback';
import { talkDetail } from '../fixtures.test-data';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';
import { kolInput } from '../../../test/kolibri';

const ended = talkDetail();
const upcoming = talkDetail({ start: new Date(Date.now() + 3_600_000).toISOString(), end: new Date(Date.now() + 5_400_000).toISOString() });

function backend(detail = ended, mine: Partial<MyTalkFeedback> = {}, results?: FeedbackResults) {
  let rating: MyTalkFeedback['rating'] = null;
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.visitor };
    if (url.pathname === '/api/talks/7') return { body: detail };
    if (url.pathname === '/api/talks/7/feedback/mine') {
      return { body: { talkId: 7, ended: detail === ended, mayRate: rating === null, mayViewResults: false, rating, ...mine } };
    }
    if (url.pathname === '/api/talks/7/feedback' && init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { stars: number; comment: string | null };
      rating = { id: 1, stars: body.stars, comment: body.comment, commentHidden: false, createdAt: '', updatedAt: '' };
      return { status: 201, body: rating };
    }
    if (url.pathname === '/api/talks/7/feedback' && results) return { body: results };
    if (url.pathname.startsWith('/api/talks/7/')) return { body: [] };
    return undefined;
  });
}

describe('talk feedback on the talk page', () => {
  it('offers no form before the talk has ended', async () => {
    backend(upcoming);
    renderRoute('/vortrag/7', { auth: authenticated('besucher') });
    expect(await screen.findByText('Bewerten können Sie den Beitrag, sobald er vorbei ist.')).toBeTruthy();
    expect(document.querySelector('kol-input-radio')).toBeNull();
  });

  it('rates an ended talk with a radio group of stars with text labels, and shows the rating afterwards', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/vortrag/7', { auth: authenticated('besucher') });
    await waitFor(() => expect(container.querySelector('kol-input-radio[_label="Sterne"]')).not.toBeNull());
    const radio = container.querySelector('kol-input-radio') as Element & { _options: { label: string; value: string }[] };
    expect(radio._options.map((o) => o.label)).toEqual([
      '5 Sterne – sehr gut', '4 Sterne – gut', '3 Sterne – befriedigend', '2 Sterne – ausreichend', '1 Stern – mangelhaft',
    ]);
    kolInput(radio, '4');
    kolInput(container.querySelector('kol-textarea[_label="Kommentar (freiwillig)"]'), 'Sehr hilfreich');
    fireEvent.submit(container.querySelector('form.feedback-form')!);
    await waitFor(() => expect(writes(fetchMock)).toEqual([{ request: 'POST /api/talks/7/feedback', body: { stars: 4, comment: 'Sehr hilfreich' } }]));
    expect(await screen.findByText('Danke für Ihre Bewertung.')).toBeTruthy();
    expect(await screen.findByText('Ihre Bewertung: 4 Sterne – gut.')).toBeTruthy();
  });

  it('does not send a rating without stars', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/vortrag/7', { auth: authenticated('besucher') });
    await waitFor(() => expect(container.querySelector('form.feedback-form')).not.toBeNull());
    fireEvent.submit(container.querySelector('form.feedback-form')!);
    await waitFor(() => expect((container.querySelector('kol-input-radio') as Element & { _touched: boolean })._touched).toBe(true));
    expect(writes(fetchMock)).toEqual([]);
  });

  it('shows the results as a table to the speakers side', async () => {
    backend(ended, { mayViewResults: true }, {
      talkId: 7,
      title: 'Umziehen mit einem Klick',
      count: 2,
      average: 4.5,
      distribution: [{ stars: 5, count: 1 }, { stars: 4, count: 1 }, { stars: 3, count: 0 }, { stars: 2, count: 0 }, { stars: 1, count: 0 }],
      comments: [{ id: 3, stars: 5, comment: 'Klasse Beispiele', createdAt: '2026-11-26T11:05:00Z', hidden: false, author: null }],
    });
    renderRoute('/vortrag/7', { auth: authenticated('aussteller-soest') });
    expect(await screen.findByText('2 Bewertungen, Durchschnitt 4,5 von 5 Sternen')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Verteilung der Bewertungen' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '5 Sterne – sehr gut' })).toBeTruthy();
    expect(screen.getByText('Klasse Beispiele')).toBeTruthy();
    expect(document.querySelector('kol-button[_label="Kommentar ausblenden"]')).toBeNull();
  });
});
