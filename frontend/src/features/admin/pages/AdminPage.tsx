import { KolHeading, KolLink } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import '../../../shared/fair/texts';
import { CsvExports } from '../components/CsvExports';
import { HallSettingsForm } from '../components/HallSettingsForm';
import { useHallSettings, useReviewQueue } from '../hooks';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { useMyBooths } from '../../../shared/booth/hooks';
import { WorkflowBadge } from '../../../shared/booth/WorkflowBadge';
import { useEditionHref, useEditionTitle } from '../../../shared/edition/EditionContext';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { formatDateTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
// The link to the reuse report is named in the reuse texts
import '../../../i18n/reuseTexts';
import '../../../i18n/editorTexts';
import '../../../i18n/adminTexts';
import '../../../i18n/accessibilityTexts';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';

export function AdminPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const granted = access === 'granted';
  const reviews = useReviewQueue(granted);
  const settings = useHallSettings(granted);
  const booths = useMyBooths(granted);
  const contentLang = useContentLang();
  const editionHref = useEditionHref();
  const editionTitle = useEditionTitle();

  return (
    <ProtectedPage access={access} title={t('admin.pageTitle')} className="page--admin">
      <nav className="manage-nav" aria-label={t('admin.nav.label')}>
        <ul>
          <li>
            <KolLink _href="#pruefung" _label={t('admin.reviews.heading')} />
          </li>
          <li>
            <KolLink _href="#staende" _label={t('admin.booths.heading')} />
          </li>
          <li>
            <KolLink _href="#archiv" _label={t('admin.settings.heading')} />
          </li>
          <li>
            <KolLink _href="#export" _label={t('admin.exports.heading')} />
          </li>
          <li>
            <AppLink to="/verwaltung/ausgaben" label={t('edition.admin.pageTitle')} />
          </li>
          <li>
            <AppLink to="/verwaltung/aussteller" label={t('admin.exhibitors.pageTitle')} />
          </li>
          <li>
            <AppLink to="/verwaltung/programm" label={t('adminProgramme.heading')} />
          </li>
          <li>
            <AppLink to="/verwaltung/referierende" label={t('speakerAdmin.heading')} />
          </li>
          <li>
            <AppLink to="/verwaltung/erscheinungsbild" label={t('branding.pageTitle')} />
          </li>
          <li>
            <AppLink to="/verwaltung/chat" label={t('chat.moderation.link')} />
          </li>
          <li>
            <AppLink to="/moderation" label={t('stageNav.moderation')} />
          </li>
          <li>
            <AppLink to="/mein-stand" label={t('nav.myBooths')} />
          </li>
          <li>
            <AppLink to="/verwaltung/nachnutzung" label={t('reuse.report.pageTitle')} />
          </li>
          <li>
            <AppLink to="/verwaltung/kennzahlen" label={t('admin.insightsLink')} />
          </li>
          <li>
            <AppLink to="/verwaltung/barrierefreiheit" label={t('a11y.admin.pageTitle')} />
          </li>
        </ul>
      </nav>

      <section id="pruefung" className="admin-section panel">
        <KolHeading _label={t('admin.reviews.heading')} _level={2} />
        {reviews.isPending && <p className="status-line">{t('common.loading')}</p>}
        {reviews.isError && <ApiErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} />}
        {reviews.data && (
          <p className="status-line" role="status">
            {t('admin.reviews.count', { count: reviews.data.length })}
          </p>
        )}
        {reviews.data && reviews.data.length > 0 && (
          <ol className="review-queue">
            {reviews.data.map((entry) => (
              <li key={`${entry.edition}/${entry.slug}`} className="review-queue__item">
                <KolHeading _label={entry.name} _level={3} lang="de" />
                <p className="muted">
                  <span lang={contentLang}>{entry.exhibitor.name}</span>
                  {entry.edition && ` · ${editionTitle(entry.edition)}`}
                  {' · '}
                  {entry.published ? t('review.kindChange') : t('review.kindNew')}
                  {' · '}
                  {t('admin.reviews.submitted', {
                    user: entry.submittedBy,
                    date: entry.submittedAt ? formatDateTime(entry.submittedAt, i18n.language) : '–',
                  })}
                </p>
                <AppLink
                  to={editionHref(`/verwaltung/pruefung/${encodeURIComponent(entry.slug)}`, entry.edition)}
                  label={t('admin.reviews.open', { name: entry.name })}
                  variant="primary"
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section id="staende" className="admin-section panel">
        <KolHeading _label={t('admin.booths.heading')} _level={2} />
        <p>{t('admin.booths.intro')}</p>
        {booths.isPending && <p className="status-line">{t('common.loading')}</p>}
        {booths.isError && <ApiErrorAlert error={booths.error} onRetry={() => void booths.refetch()} />}
        {booths.data && (
          <div className="table-scroll" role="region" aria-labelledby="booth-table-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="booth-table-caption">{t('admin.booths.caption', { count: booths.data.length })}</caption>
              <ColumnHeads
                columns={[
                  t('admin.booths.name'),
                  t('booth.exhibitor'),
                  t('editor.state'),
                  t('boothManagement.placement.column'),
                  t('admin.booths.actions'),
                ]}
              />
              <tbody>
                {booths.data.map((booth) => (
                  <tr key={`${booth.edition}/${booth.slug}`}>
                    <th scope="row">
                      <span lang={contentLang}>{booth.name}</span>
                      {booth.edition && <span className="muted"> ({editionTitle(booth.edition)})</span>}
                    </th>
                    <td lang={contentLang}>{booth.exhibitor.name}</td>
                    <td>
                      <WorkflowBadge state={booth.workflowState} />
                    </td>
                    <td>
                      {t('boothManagement.placement.summary', {
                        order: booth.placement.hallOrder,
                        size: t(`admin.placement.tile.${booth.placement.tileSize}`).toLowerCase(),
                      })}
                      {booth.placement.featured && `, ${t('boothManagement.placement.featured')}`}
                    </td>
                    <td>
                      <ul className="inline-links">
                        <li>
                          <AppLink to={editionHref(`/verwaltung/stand/${encodeURIComponent(booth.slug)}`, booth.edition)} label={t('admin.booths.placement')} multiline />
                        </li>
                        <li>
                          <AppLink to={editionHref(`/mein-stand/${encodeURIComponent(booth.slug)}/bearbeiten`, booth.edition)} label={t('admin.booths.edit')} />
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section id="archiv" className="admin-section panel">
        <KolHeading _label={t('admin.settings.heading')} _level={2} />
        <p>{t('admin.settings.intro')}</p>
        {settings.isError && <ApiErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
        {settings.data && (
          // No key from the values: saving would remount the form and drop its confirmation
          <HallSettingsForm settings={settings.data} />
        )}
      </section>

      <section id="export" className="admin-section panel">
        <KolHeading _label={t('admin.exports.heading')} _level={2} />
        <p>{t('admin.exports.intro')}</p>
        <CsvExports />
      </section>
    </ProtectedPage>
  );
}
