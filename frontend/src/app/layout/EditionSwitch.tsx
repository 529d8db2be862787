import { KolDetails } from '@public-ui/react-v19';
import './editions.css';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Edition } from '../../shared/api';
import { useEdition } from '../../shared/edition/EditionContext';
import { switchTarget } from '../../shared/edition/paths';
import { AppLink } from '../../shared/ui/AppLink';
import { Notice } from '../../shared/ui/Notice';

/** The name of an edition in the switcher: the current one and archives are marked. */
function useEditionLabel() {
  const { t } = useTranslation();
  return (edition: Edition) => {
    if (edition.current) return t('edition.switch.current', { title: edition.title });
    if (edition.state === 'archive') return t('edition.switch.archived', { title: edition.title });
    return edition.title;
  };
}

/** Links to the same page in every edition (the lists) or to an edition's start page; the current one stays plain. */
function EditionLinks() {
  const { pathname } = useLocation();
  const { editions, routeSlug } = useEdition();
  const label = useEditionLabel();
  return (
    <ul className="edition-links">
      {(editions ?? []).map((edition) => (
        <li key={edition.slug}>
          <AppLink to={switchTarget(pathname, routeSlug, edition.current ? undefined : edition.slug)} label={label(edition)} exact />
        </li>
      ))}
    </ul>
  );
}

/** In the header: which edition the page shows, opening to the list of editions. Nothing while there is only one. */
export function EditionSwitch() {
  const { t } = useTranslation();
  const { editions, edition } = useEdition();
  const { pathname } = useLocation();
  if (!edition || !editions) return null;
  if (editions.length < 2) return <span className="edition-name">{edition.title}</span>;
  return (
    <nav className="edition-switch" aria-label={t('edition.switch.nav')}>
      {/* A new page starts with the list closed (the layout, and so the details, stay mounted) */}
      <KolDetails key={pathname} _label={t('edition.switch.label', { title: edition.title })}>
        <EditionLinks />
      </KolDetails>
    </nav>
  );
}

/** In the footer: every edition, the current one marked. */
export function EditionFooterNav() {
  const { t } = useTranslation();
  const { editions } = useEdition();
  if (!editions || editions.length < 2) return null;
  return (
    <nav className="edition-footer" aria-labelledby="edition-footer-heading">
      <h2 id="edition-footer-heading" className="edition-footer__heading">
        {t('edition.footer.heading')}
      </h2>
      <EditionLinks />
    </nav>
  );
}

/** Above a page of an edition other than the current one: which one, and the way back. */
export function EditionNotice() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { edition, routeSlug } = useEdition();
  if (!routeSlug || !edition || edition.current) return null;
  const text =
    edition.state === 'archive'
      ? t('edition.notice.archive', { title: edition.title })
      : edition.state === 'preparation'
        ? t('edition.notice.preparation', { title: edition.title })
        : t('edition.notice.past', { title: edition.title });
  return (
    <div className="edition-notice">
      <Notice type="info">
        {text} <AppLink to={switchTarget(pathname, routeSlug, undefined)} label={t('edition.notice.toCurrent')} exact />
      </Notice>
    </div>
  );
}
