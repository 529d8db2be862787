import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hallBackend } from '../../../test/hallBackend';
import { renderRoute, requestedPaths } from '../../../test/render';
import { boothCard, boothPage } from '../../../test/fixtures';

const LOGO = '/api/booths/kreis-soest-umzug/materials/7';
const hall = {
  ...boothPage,
  totalItems: 3,
  totalPages: 1,
  size: 100,
  items: [
    { ...boothCard, logoUrl: LOGO },
    { ...boothCard, slug: 'klein', name: 'Kleiner Stand', featured: false, tileSize: 'small', topicFields: [{ code: 'gesundheit', name: 'Gesundheit' }] },
    { ...boothCard, slug: 'ohne', name: 'Stand ohne Themenfeld', featured: false, tileSize: 'medium', topicFields: [], region: null },
  ],
};

const boothLinks = () => screen.getAllByRole('link').filter((link) => link.hasAttribute('data-plan-booth'));

describe('HallPlan', () => {
  it('asks for every filtered booth in hall order and shows them in areas by topic field, with logos and stand numbers', async () => {
    const fetchMock = hallBackend(hall);

    const { container } = renderRoute('/halle?view=plan&topic=bauen-wohnen&page=2');

    expect(await screen.findByRole('heading', { level: 2, name: 'Bereich A Bauen & Wohnen 1 Stand' })).toBeTruthy();
    expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=100&topic=bauen-wohnen&sort=hall');
    expect(screen.getByRole('heading', { level: 2, name: 'Bereich B Gesundheit 1 Stand' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Bereich C Ohne Themenfeld 1 Stand' })).toBeTruthy();
    const [large, small, medium] = boothLinks();
    expect(large.getAttribute('href')).toBe('/stand/kreis-soest-umzug');
    expect(large.textContent).toBe('Stand A1Digitaler UmzugsserviceKreis SoestEmpfohlen');
    expect(large.querySelector('img')?.getAttribute('src')).toBe(LOGO);
    expect(large.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(large.closest('li')?.className).toBe('hall-plan__booth hall-plan__booth--large hall-plan__booth--featured');
    expect(small.closest('li')?.className).toBe('hall-plan__booth hall-plan__booth--small');
    expect(small.textContent).not.toContain('Kreis Soest');
    expect(medium.querySelector('.hall-plan__monogram')?.textContent).toBe('ST');
    // The list's cards and pages are not shown beside the plan
    expect(container.querySelector('.booth-grid')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('3 Messestände gefunden.');
    expect(screen.getByRole('button', { name: 'Hallenplan' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Liste' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('switches between list and plan and between topic fields and regions, keeping the filters', async () => {
    const fetchMock = hallBackend(hall);
    const { router } = renderRoute('/halle?topic=bauen-wohnen&page=2');
    await screen.findByText(/Messestände gefunden/);
    expect(screen.queryByRole('button', { name: 'Modellregion' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Hallenplan' }));
    await waitFor(() => expect(router.state.location.search).toBe('?topic=bauen-wohnen&view=plan'));
    fireEvent.click(await screen.findByRole('button', { name: 'Modellregion' }));
    await waitFor(() => expect(router.state.location.search).toBe('?topic=bauen-wohnen&view=plan&areas=region'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bereich A Digitale Modellregion Soest 2 Stände' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Bereich B Weitere Regionen 1 Stand' })).toBeTruthy();
    expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=100&topic=bauen-wohnen&sort=hall');

    fireEvent.click(screen.getByRole('button', { name: 'Liste' }));
    await waitFor(() => expect(router.state.location.search).toBe('?topic=bauen-wohnen'));
  });

  it('moves from booth to booth with the arrow keys, Home and End, and opens a booth with a click or Enter', async () => {
    hallBackend(hall);
    const { router } = renderRoute('/halle?view=plan');
    await screen.findByRole('heading', { level: 2, name: 'Bereich A Bauen & Wohnen 1 Stand' });
    const links = boothLinks();

    links[0].focus();
    fireEvent.keyDown(links[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(links[1], { key: 'End' });
    expect(document.activeElement).toBe(links[2]);
    fireEvent.keyDown(links[2], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(links[2]);
    fireEvent.keyDown(links[2], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(links[1], { key: 'Home' });
    expect(document.activeElement).toBe(links[0]);

    fireEvent.click(links[1]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/stand/klein'));
  });

  it('says when the plan cannot show every booth that matches', async () => {
    hallBackend({ ...hall, totalItems: 140, totalPages: 2 });
    renderRoute('/halle?view=plan');
    expect(await screen.findByText('Der Plan zeigt die ersten 3 von 140 Ständen. Grenzen Sie die Auswahl mit den Filtern ein, um alle zu sehen.')).toBeTruthy();
  });
});
