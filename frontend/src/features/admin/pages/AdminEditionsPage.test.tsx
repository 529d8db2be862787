import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EditionDetail } from '../../../shared/api';
import { eventDay } from '../../../test/fixtures';
import { edition2025, edition2026 } from '../../../test/editions.test-data';
import { click, kolInput } from '../../../test/kolibri';
import { authenticated, ME, mockFetch, renderRoute, writes, type Answer } from '../../../test/render';

const details: EditionDetail[] = [
  { ...edition2026, archiveAfterDays: 14, eventDays: [eventDay] },
  { ...edition2025, archiveAfterDays: null, eventDays: [] },
];
const soest = { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' };

function backend(create: Answer = { status: 201, body: { ...details[0], slug: '2027', title: 'Herbst 2027', current: false, state: 'preparation' } }) {
  return mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === '/api/me') return { body: ME.admin };
    if (url.pathname === '/api/editions') return { body: [edition2026, edition2025] };
    if (url.pathname === '/api/admin/editions' && method === 'GET') return { body: details };
    if (url.pathname === '/api/admin/editions' && method === 'POST') return create;
    if (url.pathname === '/api/admin/editions/2026/exhibitors' && method === 'GET') return { body: [soest] };
    if (url.pathname === '/api/admin/editions/2025/exhibitors' && method === 'GET') return { body: [] };
    if (url.pathname === '/api/admin/editions/2025/exhibitors' && method === 'POST') return { body: [soest] };
    if (url.pathname === '/api/my/exhibitors') return { body: [soest] };
    return undefined;
  });
}

const field = (container: HTMLElement, label: string) =>
  [...container.querySelectorAll('.edition-form [_label]')].find((el) => el.getAttribute('_label') === label) ?? null;

async function fillNewEdition(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('form.edition-form')).not.toBeNull());
  const form = [...container.querySelectorAll<HTMLFormElement>('form.edition-form')].at(-1)!;
  const inForm = (label: string) => [...form.querySelectorAll('[_label]')].find((el) => el.getAttribute('_label') === label) ?? null;
  kolInput(inForm('Kurzname in der Adresse'), '2027');
  kolInput(inForm('Titel'), 'Herbst 2027');
  kolInput(inForm('Erster Tag'), '2027-11-22');
  kolInput(inForm('Letzter Tag'), '2027-11-26');
  click(form, 'Veranstaltungstag hinzufügen');
  kolInput([...form.querySelectorAll('[_label="Datum"]')][0], '2027-11-22');
  kolInput([...form.querySelectorAll('[_label="Gastgeberregion (Kürzel)"]')][0], 'soest');
  kolInput([...form.querySelectorAll('[_label="Titel des Tages"]')][0], 'Tag 1 in Soest');
  return form;
}

describe('AdminEditionsPage', () => {
  it('lists the editions with their state and offers the state changes that fit', async () => {
    backend();
    const { container } = renderRoute('/verwaltung/ausgaben', { auth: authenticated('kdn-admin') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ausgaben' })).toBeTruthy();
    await waitFor(() => expect(container.querySelector('[data-edition="2026"] kol-heading[_label="Herbst 2026"]')).not.toBeNull());
    const current = container.querySelector('[data-edition="2026"]')!;
    const past = container.querySelector('[data-edition="2025"]')!;
    expect(current.querySelector('kol-badge[_label="Aktuelle Ausgabe"]')).not.toBeNull();
    expect(current.querySelector('kol-button[_label="Zur aktuellen Ausgabe machen"]')).toBeNull();
    expect(current.querySelector('kol-button[_label="Ausgabe archivieren"]')).not.toBeNull();
    expect(past.querySelector('kol-button[_label="Zur aktuellen Ausgabe machen"]')).not.toBeNull();
    expect(past.querySelector('kol-button[_label="Archiv wieder öffnen"]')).not.toBeNull();
    expect(past.querySelector('kol-link[_label="Ausgabe ansehen: Herbst 2025"]')?.getAttribute('_href')).toBe('/2025');
    await waitFor(() => expect(current.textContent).toContain('Kreis Soest'));
  });

  it('creates an edition copying the current one, with its event days and host regions', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/ausgaben', { auth: authenticated('kdn-admin') });
    const form = await fillNewEdition(container);
    const copy = [...form.querySelectorAll('kol-select')].find((s) => s.getAttribute('_label') === 'Bühnen und Einstellungen übernehmen aus') as
      | (Element & { _value: string })
      | undefined;
    expect(copy?._value).toBe('2026');

    form.requestSubmit();

    expect(await screen.findByText('Die Ausgabe „Herbst 2027“ ist angelegt.')).toBeTruthy();
    expect(writes(fetchMock)).toEqual([
      {
        request: 'POST /api/admin/editions',
        body: {
          slug: '2027',
          title: 'Herbst 2027',
          startsOn: '2027-11-22',
          endsOn: '2027-11-26',
          copyFrom: '2026',
          eventDays: [{ date: '2027-11-22', hostRegion: 'soest', title: 'Tag 1 in Soest' }],
        },
      },
    ]);
  });

  it('shows a refusal of the server at the field it concerns', async () => {
    backend({
      status: 409,
      contentType: 'application/problem+json',
      body: { type: 'urn:kommunalmesse:problem:conflict', status: 409, title: 'Konflikt', detail: 'Die Kennung „2027“ ist bereits vergeben.' },
    });
    const { container } = renderRoute('/verwaltung/ausgaben', { auth: authenticated('kdn-admin') });
    const form = await fillNewEdition(container);

    form.requestSubmit();

    await waitFor(() =>
      expect((field(container, 'Kurzname in der Adresse') as Element & { _msg?: { _description: string } })?._msg?._description).toBe(
        'Die Kennung „2027“ ist bereits vergeben.',
      ),
    );
  });

  it('invites an exhibitor into an edition', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/ausgaben', { auth: authenticated('kdn-admin') });
    await waitFor(() => expect(container.querySelector('[data-edition="2025"] .edition-exhibitors__invite kol-select')).not.toBeNull());
    const past = container.querySelector<HTMLElement>('[data-edition="2025"]')!;
    await waitFor(() =>
      expect((past.querySelector('.edition-exhibitors__invite kol-select') as Element & { _options: unknown[] })._options).toHaveLength(2),
    );

    kolInput(past.querySelector('.edition-exhibitors__invite kol-select'), 'kreis-soest');
    past.querySelector<HTMLFormElement>('form.edition-exhibitors__invite')!.requestSubmit();

    expect(await screen.findByText('Kreis Soest nimmt jetzt an der Ausgabe teil.')).toBeTruthy();
    expect(writes(fetchMock)).toEqual([{ request: 'POST /api/admin/editions/2025/exhibitors', body: { exhibitor: 'kreis-soest' } }]);
  });
});
