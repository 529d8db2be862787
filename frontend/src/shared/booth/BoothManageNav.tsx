import { useTranslation } from 'react-i18next';
import { AppLink } from '../ui/AppLink';
import '../../i18n/editorTexts';

export type ManageTab = 'edit' | 'inbox' | 'meetings' | 'reuse' | 'chat' | 'stats' | 'audit';

const TABS: {
  tab: ManageTab;
  path: string;
  key:
    | 'editor.nav.edit'
    | 'editor.nav.inbox'
    | 'editor.nav.meetings'
    | 'reuse.nav.board'
    | 'chat.console.nav'
    | 'editor.nav.stats'
    | 'editor.nav.audit';
}[] = [
  { tab: 'edit', path: 'bearbeiten', key: 'editor.nav.edit' },
  { tab: 'inbox', path: 'anfragen', key: 'editor.nav.inbox' },
  { tab: 'meetings', path: 'termine', key: 'editor.nav.meetings' },
  { tab: 'reuse', path: 'nachnutzung', key: 'reuse.nav.board' },
  { tab: 'chat', path: 'chat', key: 'chat.console.nav' },
  { tab: 'stats', path: 'statistik', key: 'editor.nav.stats' },
  { tab: 'audit', path: 'protokoll', key: 'editor.nav.audit' },
];

const tabOf = (tab: ManageTab) => TABS.find((t) => t.tab === tab)!;

export function managePath(slug: string, tab: ManageTab): string {
  return `/mein-stand/${encodeURIComponent(slug)}/${tabOf(tab).path}`;
}

/** The text key of a booth page's name in the navigation ("Anfragen", "Statistik"…). */
export function manageTabKey(tab: ManageTab) {
  return tabOf(tab).key;
}

/** The pages of one booth for its team; the current one is marked with aria-current. */
export function BoothManageNav({ slug, current, published }: { slug: string; current: ManageTab; published?: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="manage-nav" aria-label={t('editor.nav.label')}>
      <ul>
        <li>
          <AppLink to="/mein-stand" label={t('editor.nav.myBooths')} />
        </li>
        {TABS.map((item) => (
          <li key={item.tab} className={item.tab === current ? 'is-current' : undefined}>
            {item.tab === current ? (
              <span aria-current="page">{t(item.key)}</span>
            ) : (
              <AppLink to={managePath(slug, item.tab)} label={t(item.key)} />
            )}
          </li>
        ))}
        {published && (
          <li>
            <AppLink to={`/stand/${encodeURIComponent(slug)}`} label={t('editor.nav.public')} />
          </li>
        )}
      </ul>
    </nav>
  );
}
