import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { hasRole } from '../../../shared/auth/roles';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { managePath } from '../../../shared/booth/BoothManageNav';
import { useMyBooths, useMyExhibitors } from '../../../shared/booth/hooks';
import { NewBoothForm } from '../components/NewBoothForm';
import { WorkflowBadge } from '../../../shared/booth/WorkflowBadge';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { formatDateTime } from '../../../i18n/format';
import { CONTENT_LANGUAGE, useContentLang } from '../../../i18n/useContentLang';
import { Loading } from '../../../shared/ui/Loading';
import { Notice } from '../../../shared/ui/Notice';

export function MyBoothsPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('exhibitor');
  const { me } = useCurrentUser();
  const booths = useMyBooths(access === 'granted');
  const exhibitors = useMyExhibitors(access === 'granted');
  const contentLang = useContentLang();
  const admin = hasRole(me?.roles, 'admin');
  // The same for every booth of the list: archive mode closes editing for all but admins
  const editingClosed = Boolean(booths.data?.some((booth) => !booth.editingEnabled));

  return (
    <ProtectedPage access={access} title={t('myBooths.pageTitle')} className="page--my-booths">
      <p className="lead">{admin ? t('myBooths.introAdmin') : t('myBooths.intro')}</p>
      {booths.isPending && <Loading />}
      {booths.isError && <ApiErrorAlert error={booths.error} onRetry={() => void booths.refetch()} />}
      {editingClosed && (
        <Notice type="info" label={t('editor.archive.title')} level={2}>
          {t('boothManagement.archive.text')}
        </Notice>
      )}
      {booths.data && booths.data.length === 0 && <p className="empty-state">{t('myBooths.empty')}</p>}
      {booths.data && booths.data.length > 0 && (
        <ul className="manage-list">
          {booths.data.map((booth) => (
            <li key={booth.slug} className="manage-item panel">
              <KolHeading _label={booth.name} _level={2} lang={CONTENT_LANGUAGE} />
              <p className="manage-item__meta">
                <WorkflowBadge state={booth.workflowState} />{' '}
                <span lang={contentLang}>{booth.exhibitor.name}</span>
                {booth.updatedAt && (
                  <>
                    {' · '}
                    {t('myBooths.updatedAt', { date: formatDateTime(booth.updatedAt, i18n.language) })}
                  </>
                )}
                {!booth.published && (
                  <>
                    {' · '}
                    {t('myBooths.notPublished')}
                  </>
                )}
              </p>
              {booth.workflowState === 'rejected' && booth.reason && (
                <Notice type="warning" label={t('editor.rejectedReason')}>
                  <span lang="de">{booth.reason}</span>
                </Notice>
              )}
              <ul className="inline-links">
                <li>
                  <AppLink
                    to={managePath(booth.slug, 'edit')}
                    label={
                      booth.editingEnabled
                        ? t('myBooths.edit', { name: booth.name })
                        : t('boothManagement.view', { name: booth.name })
                    }
                    variant="primary"
                  />
                </li>
                <li>
                  <AppLink to={managePath(booth.slug, 'inbox')} label={t('editor.nav.inbox')} />
                </li>
                <li>
                  <AppLink to={managePath(booth.slug, 'chat')} label={t('chat.console.nav')} />
                </li>
                <li>
                  <AppLink to={managePath(booth.slug, 'stats')} label={t('editor.nav.stats')} />
                </li>
                <li>
                  <AppLink to={managePath(booth.slug, 'audit')} label={t('editor.nav.audit')} />
                </li>
                {booth.published && (
                  <li>
                    <AppLink to={`/stand/${encodeURIComponent(booth.slug)}`} label={t('editor.nav.public')} />
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {booths.data && !editingClosed && (
        <section className="panel new-booth">
          <KolHeading _label={t('newBooth.heading')} _level={2} />
          {exhibitors.isPending && <p className="status-line">{t('common.loading')}</p>}
          {exhibitors.isError && <ApiErrorAlert error={exhibitors.error} onRetry={() => void exhibitors.refetch()} />}
          {exhibitors.data && exhibitors.data.length === 0 && <p>{t('boothManagement.noExhibitor')}</p>}
          {exhibitors.data && exhibitors.data.length > 0 && (
            <>
              <p>{t('newBooth.intro')}</p>
              <NewBoothForm exhibitors={exhibitors.data} />
            </>
          )}
        </section>
      )}
    </ProtectedPage>
  );
}
