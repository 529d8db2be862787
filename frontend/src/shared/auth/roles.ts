/** Roles as /api/me reports them. An admin may do everything an exhibitor or a moderator may. */
export type Role = 'visitor' | 'exhibitor' | 'moderator' | 'admin';

export function hasRole(roles: readonly string[] | undefined, role: Role): boolean {
  if (!roles) return false;
  if (roles.includes('admin')) return true;
  if (role === 'visitor') return roles.length > 0;
  return roles.includes(role);
}

export interface NavItem {
  to: string;
  key:
    | 'nav.start'
    | 'nav.hall'
    | 'nav.bookmarks'
    | 'nav.myBooths'
    | 'nav.admin'
    | 'chat.nav.conversations'
    | 'nav.meetings'
    | 'nav.network'
    | 'reuse.nav.mine'
    | 'stageNav.programme'
    | 'stageNav.agenda'
    | 'stageNav.moderation';
}

/**
 * The main navigation for who is logged in: everyone sees start, programme and hall; logged-in users
 * their agenda, Merkliste, conversations with booth teams, meetings and networking; exhibitors "Mein Stand"; moderators "Moderation";
 * admins one "Verwaltung" entry whose overview page leads to every admin area, to the moderation and to all booths
 * ("Mein Stand" too for an admin who also has the exhibitor role).
 */
export function mainNavItems(authenticated: boolean, roles: readonly string[] | undefined): NavItem[] {
  const items: NavItem[] = [
    { to: '/', key: 'nav.start' },
    { to: '/programm', key: 'stageNav.programme' },
    { to: '/halle', key: 'nav.hall' },
  ];
  if (!authenticated) return items;
  items.push({ to: '/agenda', key: 'stageNav.agenda' });
  items.push({ to: '/merkliste', key: 'nav.bookmarks' });
  items.push({ to: '/gespraeche', key: 'chat.nav.conversations' });
  items.push({ to: '/termine', key: 'nav.meetings' });
  items.push({ to: '/vernetzen', key: 'nav.network' });
  items.push({ to: '/meine-nachnutzungen', key: 'reuse.nav.mine' });
  // Admins reach every admin area, all booths and the moderation from one entry: its overview page lists them
  const admin = hasRole(roles, 'admin');
  if (admin ? roles?.includes('exhibitor') : hasRole(roles, 'exhibitor')) items.push({ to: '/mein-stand', key: 'nav.myBooths' });
  if (!admin && hasRole(roles, 'moderator')) items.push({ to: '/moderation', key: 'stageNav.moderation' });
  if (admin) items.push({ to: '/verwaltung', key: 'nav.admin' });
  return items;
}

/** Whether a navigation item is the current section, e.g. "Halle" on a booth page. */
export function isCurrentNavItem(to: string, pathname: string): boolean {
  if (to === '/') return pathname === '/';
  if (to === '/halle') return pathname === '/halle' || pathname.startsWith('/stand/');
  if (to === '/programm') return pathname === '/programm' || /^\/(vortrag|buehne|archiv)\//.test(pathname);
  return pathname === to || pathname.startsWith(`${to}/`);
}
