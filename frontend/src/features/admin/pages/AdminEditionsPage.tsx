import { KolBadge, KolDetails, KolHeading } from '@public-ui/react-v19';
import '../editions.css';
import { useTranslation } from 'react-i18next';
import type { EditionDetail } from '../../../shared/api';
import { useAccess } from '../../../shared/auth/access';
import { AdminAreaPage } from '../../../shared/auth/AdminAreaPage';
import { withEdition } from '../../../shared/edition/paths';
import { AppLink } from '../../../shared/ui/AppLink';
import { formatDate, formatShortDate } from '../../../i18n/format';
import { editionsAdminApi } from '../api/editions';
import { EditionActions, EditionExhibitors, EditionFrameForm, NewEditionForm } from '../components/EditionForms';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import '../../../i18n/adminTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';

const CURRENT_BADGE = { backgroundColor: '#1f5f2c', foregroundColor: '#ffffff' };

function EditionItem({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="edition-item panel" data-edition={edition.slug}>
      <KolHeading _label={edition.title} _level={3} />
      <p className="edition-item__meta">
        {edition.current && (
          <>
            <KolBadge _label={t('edition.admin.list.current')} _color={CURRENT_BADGE} />{' '}
          </>
        )}
        <span>{t(`edition.state.${edition.state}`)}</span>
        {' · '}
        {t('edition.admin.list.dates', {
          start: formatDate(edition.startsOn, i18n.language),
          end: formatDate(edition.endsOn, i18n.language),
        })}
        {' · '}
        {t('edition.admin.list.days', { count: edition.eventDays.length })}
        {' · '}
        <code>/{edition.slug}</code>
      </p>
      {edition.eventDays.length > 0 && (
        <ul className="edition-item__days">
          {edition.eventDays.map((day) => (
            <li key={day.id}>
              {formatShortDate(day.date, i18n.language)} – {day.hostRegion.name}: <span lang="de">{day.title}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <AppLink to={withEdition('/', edition.slug)} label={t('edition.admin.list.show', { title: edition.title })} exact />
      </p>
      <EditionActions edition={edition} />
      <EditionExhibitors edition={edition} />
      <KolDetails _label={t('edition.admin.edit.heading')}>
        <EditionFrameForm key={`${edition.title}|${edition.startsOn}|${edition.endsOn}`} edition={edition} />
      </KolDetails>
    </li>
  );
}

/** The editions of the series: list, create (copying an earlier one), dates, current, open and archive, participants. */
export function AdminEditionsPage() {
  const { t } = useTranslation();
  const access = useAccess('admin');
  const editions = useApiQuery(['admin-editions'], editionsAdminApi.list, { enabled: access === 'granted' });

  return (
    <AdminAreaPage access={access} title={t('edition.admin.pageTitle')} className="page--admin-editions">
      <p className="lead">{t('edition.admin.intro')}</p>
      <section className="admin-section">
        <KolHeading _label={t('edition.admin.list.heading')} _level={2} />
        <QueryStatus query={editions} />
        {editions.data && (
          <ul className="edition-list">
            {editions.data.map((edition) => (
              <EditionItem key={edition.slug} edition={edition} />
            ))}
          </ul>
        )}
      </section>
      {editions.data && (
        <section className="panel admin-section">
          <KolHeading _label={t('edition.admin.create.heading')} _level={2} />
          <NewEditionForm editions={editions.data} />
        </section>
      )}
    </AdminAreaPage>
  );
}
