import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { forum, stageView, talk } from '../fixtures.test-data';
import { eventDay, topicFields } from '../../../test/fixtures';
import { mockFetch, renderRoute, requestedPaths } from '../../../test/render';

function isoMinutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

describe('ProgrammePage', () => {
  it('asks for the filter in the URL and shows the day with its host, a column per stage and the talks', async () => {
    const running = talk(3, '10:00', '10:30', { start: isoMinutesFromNow(-10), end: isoMinutesFromNow(20), title: 'Läuft gerade' });
    const fetchMock = mockFetch((url) => {
      if (url.pathname === '/api/talks') return { body: [talk(1, '09:30', '10:00'), talk(2, '09:30', '10:15', { stage: forum }), running] };
      if (url.pathname === '/api/event-days') return { body: [eventDay] };
      if (url.pathname === '/api/topic-fields') return { body: topicFields };
      if (url.pathname === '/api/stages') return { body: [stageView(), stageView({ key: 'forum', name: 'Fachforum' })] };
      return undefined;
    });

    renderRoute('/programm?themenfeld=bauen-wohnen&art=fachbeitrag&q=Umzug');

    const day = await screen.findByRole('region', { name: eventDay.title });
    expect(requestedPaths(fetchMock)).toContain('/api/talks?topic=bauen-wohnen&type=fachbeitrag&q=Umzug');
    expect(within(day).getByText('Digitale Modellregion Soest')).toBeTruthy();
    const main = within(day).getByRole('region', { name: 'Hauptbühne' });
    const side = within(day).getByRole('region', { name: 'Fachforum' });
    expect(within(main).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Beitrag 1', 'Läuft gerade']);
    expect(within(side).getByRole('heading', { level: 4 }).textContent).toBe('Beitrag 2');
    expect(within(main).getByText('Jetzt live')).toBeTruthy();
    expect(within(side).queryByText('Jetzt live')).toBeNull();
    expect(day.querySelector('kol-link[_href="/vortrag/1"]')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('3 Beiträge');
    expect(document.title).toBe('Programm – Kommunalmesse');
  });

  it('places talks on the rows of the grid by their time', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/talks') return { body: [talk(1, '09:30', '10:00'), talk(2, '10:30', '11:00')] };
      if (url.pathname === '/api/event-days') return { body: [eventDay] };
      return { body: [] };
    });
    const { container } = renderRoute('/programm');
    await screen.findByRole('heading', { level: 4, name: 'Beitrag 2' });
    const slots = [...container.querySelectorAll<HTMLElement>('.schedule__slot')].map((li) => li.style.gridRow);
    expect(slots).toEqual(['7 / 13', '19 / 25']);
  });

  it('says so when no talk matches', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/talks') return { body: [] };
      return { body: [] };
    });
    renderRoute('/programm?q=gibtsnicht');
    await waitFor(() => expect(screen.getByText(/Keine Beiträge gefunden/)).toBeTruthy());
  });
});
