import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Exhibitor, ExhibitorRef } from '../../../shared/api';
import { eventDay } from '../../../test/fixtures';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';

const exhibitors: ExhibitorRef[] = [
  { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' },
  { slug: 'stadt-werl', name: 'Stadt Werl', type: 'kommune' },
];

const werl: Exhibitor = { ...exhibitors[1], region: null, website: null, staff: ['aussteller-werl'] };

const werlOverview = {
  slug: 'stadt-werl',
  name: 'Stadt Werl',
  staff: ['aussteller-werl'],
  booths: [{ slug: 'werl-umzug', name: 'Umzug in Werl', status: 'PUBLISHED', draft: 'submitted' }],
  members: [{ member: 'aussteller-werl', role: 'lead' }],
};

type KolField = Element & { _options?: { label: string; value: string }[]; _value?: unknown; _on?: { onInput?: (e: Event, v: unknown) => void } };

function backend() {
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.admin };
    if (url.pathname === '/api/event-days') return { body: [eventDay] };
    if (url.pathname === '/api/my/exhibitors') return { body: exhibitors };
    if (url.pathname === '/api/exhibitors/stadt-werl' && (init?.method ?? 'GET') === 'GET') return { body: werl };
    if (url.pathname === '/api/exhibitors' && (init?.method ?? 'GET') === 'GET') return { body: [werlOverview] };
    if (url.pathname === '/api/exhibitors/stadt-werl/invitations' && init?.method === 'POST') {
      const { email } = JSON.parse(String(init.body)) as { email: string };
      if (email === 'aussteller-werl@example.org') {
        return { status: 409, body: { status: 409, title: 'Konflikt', detail: '„aussteller-werl“ gehört bereits zum Standteam von „Stadt Werl“; es wurde nichts geändert.' } };
      }
      return { status: 201, body: { member: email, accountCreated: true, exhibitor: { ...werlOverview, staff: [...werlOverview.staff, email] } } };
    }
    if (url.pathname === '/api/exhibitors/stadt-werl/staff/aussteller-werl/role' && init?.method === 'PUT') {
      return { body: { ...werlOverview, members: [{ member: 'aussteller-werl', role: JSON.parse(String(init.body)).role }] } };
    }
    if (url.pathname === '/api/exhibitors/stadt-werl/staff' && init?.method === 'PUT') {
      return { body: { ...werl, staff: JSON.parse(String(init.body)).staff } };
    }
    return undefined;
  });
}

describe('AdminExhibitorsPage', () => {
  it('picks the exhibitor from the list and assigns staff by username or e-mail address', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/aussteller', { auth: authenticated('kdn-admin') });

    const pick = () =>
      [...container.querySelectorAll('kol-select')].find((s) => s.getAttribute('_label') === 'Aussteller') as KolField | undefined;
    await waitFor(() => expect(pick()?._options?.map((o) => o.value)).toEqual(['', 'kreis-soest', 'stadt-werl']));
    expect(pick()?._options?.[2].label).toBe('Stadt Werl (stadt-werl)');

    act(() => pick()?._on?.onInput?.(new Event('input'), 'stadt-werl'));
    fireEvent.submit(pick()!.closest('form')!);
    const team = await waitFor(() => {
      const field = [...container.querySelectorAll('kol-textarea')].find(
        (f) => f.getAttribute('_label') === 'Team von Stadt Werl (Benutzernamen oder E-Mail-Adressen)',
      ) as KolField | undefined;
      expect(field).toBeTruthy();
      return field!;
    });
    expect(team._value).toBe('aussteller-werl');

    act(() => team._on?.onInput?.(new Event('input'), 'aussteller-werl, team@stadt-werl.example'));
    fireEvent.submit(team.closest('form')!);
    await screen.findByText('Das Team von Stadt Werl ist gespeichert (2 Personen).');
    expect(writes(fetchMock)).toEqual([
      { request: 'PUT /api/exhibitors/stadt-werl/staff', body: { staff: ['aussteller-werl', 'team@stadt-werl.example'] } },
    ]);
  });

  it('lists every exhibitor with booths and team, and invites by e-mail with a clear answer when already on the team', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/aussteller', { auth: authenticated('kdn-admin') });
    const booth = await waitFor(() => {
      const found = [...container.querySelectorAll('.exhibitor-list li')].find((li) => li.textContent === 'Umzug in Werl: veröffentlicht, Änderung eingereicht');
      expect(found).toBeTruthy();
      return found!;
    });
    expect(booth.querySelector('[lang="de"]')?.textContent).toBe('Umzug in Werl');
    expect(screen.getByText('1 Aussteller')).toBeTruthy();
    const field = () =>
      [...container.querySelectorAll('kol-input-email')].find(
        (f) => f.getAttribute('_label') === 'E-Mail-Adresse für eine Einladung ins Team von Stadt Werl',
      ) as KolField;

    act(() => field()._on?.onInput?.(new Event('input'), 'neu@stadt-werl.example'));
    fireEvent.submit(field().closest('form')!);
    await screen.findByText('neu@stadt-werl.example ist eingeladen; das neue Konto und die Einladung sind unterwegs.');
    expect(writes(fetchMock)).toEqual([
      { request: 'POST /api/exhibitors/stadt-werl/invitations', body: { email: 'neu@stadt-werl.example' } },
    ]);

    act(() => field()._on?.onInput?.(new Event('input'), 'aussteller-werl@example.org'));
    fireEvent.submit(field().closest('form')!);
    await waitFor(() => expect(field().getAttribute('_msg') ?? JSON.stringify((field() as KolField & { _msg?: unknown })._msg)).toContain('gehört bereits zum Standteam'));
  });

  it("shows each team member's role and makes a lead booth staff", async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/aussteller', { auth: authenticated('kdn-admin') });
    await screen.findByText('Standleitung');
    const button = container.querySelector('kol-button[_label="aussteller-werl zum Standpersonal machen"]') as KolField & {
      _on?: { onClick?: (e: Event) => void };
    };
    expect(button).toBeTruthy();
    act(() => button._on?.onClick?.(new Event('click')));
    await screen.findByText('aussteller-werl gehört jetzt zum Standpersonal von Stadt Werl: antwortet im Chat und in Gesprächen, bearbeitet die Messestände nicht.');
    expect(writes(fetchMock)).toEqual([
      { request: 'PUT /api/exhibitors/stadt-werl/staff/aussteller-werl/role', body: { role: 'staff' } },
    ]);
  });

  it('asks to choose an exhibitor before loading a team', async () => {
    backend();
    const { container } = renderRoute('/verwaltung/aussteller', { auth: authenticated('kdn-admin') });
    const pick = () =>
      [...container.querySelectorAll('kol-select')].find((s) => s.getAttribute('_label') === 'Aussteller') as
        | (KolField & { _msg?: { _description: string } })
        | undefined;
    await waitFor(() => expect(pick()?._options?.length).toBe(3));
    fireEvent.submit(pick()!.closest('form')!);
    await waitFor(() => expect(pick()?._msg?._description).toBe('Bitte wählen Sie einen Aussteller.'));
  });
});
