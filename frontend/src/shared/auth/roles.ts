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
 * their agenda, Merkliste, conversations with booth teams, meetings and networking; exhibitors (and admins) "Mein Stand"; moderators (and admins)
 * "Moderation"; admins "Verwaltung".
 */
export function mainNavItems(authenticated: boolean, roles: readonly string[] | undefined): NavItem[] {
  const items: NavItem[] = [
    { to: '/', key: 'nav.start' },
    { to: '/programm', key: 'stageNav.programme' },
    { to: '/halle', key: 'nav.hall' },
  ];
  if (!authenticated) return items;
  items.push(
    { to: '/agenda', key: 'stageNav.agenda' },
    { to: '/merkliste', key: 'nav.bookmarks' },
    { to: '/gespraeche', key: 'chat.nav.conversations' },
    { to: '/termine', key: 'nav.meetings' },
    { to: '/vernetzen', key: 'nav.network' },
    { to: '/meine-nachnutzungen', key: 'reuse.nav.mine' },
  );
  if (hasRole(roles, 'exhibitor')) items.push({ to: '/mein-stand', key: 'nav.myBooths' });
  if (hasRole(roles, 'moderator')) items.push({ to: '/moderation', key: 'stageNav.moderation' });
  if (hasRole(roles, 'admin')) items.push({ to: '/verwaltung', key: 'nav.admin' });
  return items;
}

/** Whether a navigation item is the current section, e.g. "Halle" on a booth page. */
export function isCurrentNavItem(to: string, pathname: string): boolean {
  if (to === '/') return pathname === '/';
  if (to === '/halle') return pathname === '/halle' || pathname.startsWith('/stand/');
  if (to === '/programm') return pathname === '/programm' || /^\/(vortrag|buehne|archiv)\//.test(pathname);
  return pathname === to || pathname.startsWith(`${to}/`);
}
