import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fair } from '../../test/fixtures';
import { authenticated, ME, mockFetch, renderRoute } from '../../test/render';
import { hasRole, isCurrentNavItem, mainNavItems } from './roles';

describe('roles and the main navigation', () => {
  it('gives admins everything an exhibitor may do, not the reverse', () => {
    expect(hasRole(['visitor', 'admin'], 'exhibitor')).toBe(true);
    expect(hasRole(['visitor', 'exhibitor'], 'admin')).toBe(false);
    expect(hasRole(['visitor'], 'visitor')).toBe(true);
    expect(hasRole([], 'visitor')).toBe(false);
    expect(hasRole(undefined, 'visitor')).toBe(false);
  });

  it('gives admins everything a moderator may do, and moderators nothing of an exhibitor', () => {
    expect(hasRole(['visitor', 'admin'], 'moderator')).toBe(true);
    expect(hasRole(['visitor', 'moderator'], 'moderator')).toBe(true);
    expect(hasRole(['visitor', 'moderator'], 'exhibitor')).toBe(false);
    expect(hasRole(['visitor', 'exhibitor'], 'moderator')).toBe(false);
  });

  it('shows agenda, Merkliste, Meine Gespräche, Meine Termine and Meine Nachnutzungen to every logged-in user, Mein Stand to exhibitors, Moderation to moderators, and admins one Verwaltung entry for all of it', () => {
    const keys = (authenticatedUser: boolean, roles?: string[]) => mainNavItems(authenticatedUser, roles).map((i) => i.to);
    expect(keys(false)).toEqual(['/', '/programm', '/halle']);
    expect(keys(true, undefined)).toEqual(['/', '/programm', '/halle', '/agenda', '/merkliste', '/gespraeche', '/termine', '/vernetzen', '/meine-nachnutzungen']);
    expect(keys(true, ['visitor'])).toEqual(['/', '/programm', '/halle', '/agenda', '/merkliste', '/gespraeche', '/termine', '/vernetzen', '/meine-nachnutzungen']);
    expect(keys(true, ['visitor', 'exhibitor'])).toEqual(['/', '/programm', '/halle', '/agenda', '/merkliste', '/gespraeche', '/termine', '/vernetzen', '/meine-nachnutzungen', '/mein-stand']);
    expect(keys(true, ['visitor', 'moderator'])).toEqual(['/', '/programm', '/halle', '/agenda', '/merkliste', '/gespraeche', '/termine', '/vernetzen', '/meine-nachnutzungen', '/moderation']);
    expect(keys(true, ['visitor', 'admin'])).toEqual([
      '/', '/programm', '/halle', '/agenda', '/merkliste', '/gespraeche', '/termine', '/vernetzen', '/meine-nachnutzungen', '/verwaltung',
    ]);
    expect(keys(true, ['visitor', 'exhibitor', 'moderator', 'admin'])).toEqual([
      '/', '/programm', '/halle', '/agenda', '/merkliste', '/gespraeche', '/termine', '/vernetzen', '/meine-nachnutzungen', '/mein-stand', '/verwaltung',
    ]);
  });

  it('marks the section of sub-pages as current', () => {
    expect(isCurrentNavItem('/halle', '/stand/kreis-soest-umzug')).toBe(true);
    expect(isCurrentNavItem('/mein-stand', '/mein-stand/kreis-soest-umzug/anfragen')).toBe(true);
    expect(isCurrentNavItem('/verwaltung', '/verwaltung/pruefung/x')).toBe(true);
    expect(isCurrentNavItem('/programm', '/vortrag/12')).toBe(true);
    expect(isCurrentNavItem('/programm', '/buehne/hauptbuehne')).toBe(true);
    expect(isCurrentNavItem('/', '/halle')).toBe(false);
    expect(isCurrentNavItem('/merkliste', '/mein-stand')).toBe(false);
  });

  function backend(me: object) {
    return mockFetch((url) => {
      if (url.pathname === '/api/me') return { body: me };
      if (url.pathname === '/api/fair') return { body: fair };
      if (url.pathname === '/api/programme/now') return { body: { live: [], next: [] } };
      if (url.pathname === '/api/admin/reviews') return { body: [] };
      if (url.pathname === '/api/admin/settings/hall') return { body: { editingEnabled: true, contactRequestsEnabled: true } };
      if (url.pathname === '/api/my/booths') return { body: [] };
      return undefined;
    });
  }

  const navLinks = () =>
    [...screen.getByRole('navigation', { name: 'Hauptnavigation' }).querySelectorAll('kol-link')].map(
      (l) => l.getAttribute('_label') || l.textContent,
    );

  it('renders the navigation of an admin in the header', async () => {
    backend(ME.admin);
    renderRoute('/', { auth: authenticated('kdn-admin') });
    await waitFor(() => expect(navLinks()).toEqual(['Start', 'Programm', 'Halle', 'Meine Agenda', 'Merkliste', 'Meine Gespräche', 'Meine Termine', 'Vernetzen', 'Meine Nachnutzungen', 'Mein Stand', 'Verwaltung']));
  });

  it('renders the navigation of a visitor without the exhibitor and admin areas', async () => {
    backend(ME.visitor);
    renderRoute('/', { auth: authenticated('besucher') });
    await waitFor(() => expect(navLinks()).toEqual(['Start', 'Programm', 'Halle', 'Meine Agenda', 'Merkliste', 'Meine Gespräche', 'Meine Termine', 'Vernetzen', 'Meine Nachnutzungen']));
  });

  it('shows "Keine Berechtigung" when a visitor opens the administration', async () => {
    const fetchMock = backend(ME.visitor);
    renderRoute('/verwaltung', { auth: authenticated('besucher') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeTruthy();
    expect(document.title).toBe('Keine Berechtigung – Kommunalmesse');
    expect(fetchMock.mock.calls.map(([u]) => String(u))).not.toContain('/api/admin/reviews');
  });

  it('sends anonymous visitors of a page behind the login to the login', async () => {
    backend(ME.visitor);
    const { auth } = renderRoute('/mein-stand', { auth: { status: 'anonymous' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Meine Messestände' })).toBeTruthy();
    await waitFor(() => expect(auth!.login).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status').textContent).toContain('Sie werden zur Anmeldung weitergeleitet');
  });

  it('opens the administration for an admin', async () => {
    backend(ME.admin);
    renderRoute('/verwaltung', { auth: authenticated('kdn-admin') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Verwaltung' })).toBeTruthy();
    expect(await screen.findByText('0 Einreichungen warten auf Prüfung.')).toBeTruthy();
  });
});
