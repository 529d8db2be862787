import type { ReactNode } from 'react';
import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Edition, EditorBooth } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { hasRole } from '../../../shared/auth/roles';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { managePath, manageTabKey, type ManageTab } from '../../../shared/booth/BoothManageNav';
import { useMyBooths, useMyExhibitors } from '../../../shared/booth/hooks';
import { useEdition, useEditionHref } from '../../../shared/edition/EditionContext';
import { busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { NewBoothForm } from '../components/NewBoothForm';
import { WorkflowBadge } from '../../../shared/booth/WorkflowBadge';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { formatDateTime } from '../../../i18n/format';
import { CONTENT_LANGUAGE, useContentLang } from '../../../i18n/useContentLang';
import { Notice } from '../../../shared/ui/Notice';
import { editorApi } from '../api/editor';
import { carryOverTargets, groupByEdition } from '../editionGroups';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import '../../../i18n/editorTexts';

/** The booth pages linked from each booth of the list, after its editor. */
const SHORTCUTS: ManageTab[] = ['inbox', 'chat', 'stats', 'audit'];

/** "Stand in Herbst 2027 übernehmen": a working copy in the later edition, then on to its editor. */
function CarryOverButtons({ booth, targets }: { booth: EditorBooth; targets: Edition[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const editionHref = useEditionHref();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  if (targets.length === 0) return null;

  const carryOver = async (target: Edition) => {
    setBusy(true);
    setFailure('');
    try {
      const draft = await editorApi.carryOver(booth.slug, booth.edition, target.slug);
      await queryClient.invalidateQueries({ queryKey: ['my-booths'] });
      navigate(editionHref(managePath(draft?.slug ?? booth.slug, 'edit'), target.slug));
    } catch (error) {
      setFailure(`${t('edition.myBooths.carryOverFailed')} ${errorMessage(error, t)}`);
      setBusy(false);
    }
  };

  return (
    <div className="carry-over">
      <div className="button-row">
        {targets.map((target) => (
          <KolButton key={target.slug} _label={t('edition.myBooths.carryOver', { title: target.title })} _variant="secondary"
            {...busyButton(busy)} _on={{ onClick: whenIdle(busy, () => void carryOver(target)) }} />
        ))}
      </div>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}

function BoothItem({ booth, targets, level }: { booth: EditorBooth; targets: Edition[]; level: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const contentLang = useContentLang();
  const editionHref = useEditionHref();
  const at = (path: string) => editionHref(path, booth.edition);
  // Staff with the role "staff" read the booth; its leads change it
  const editable = booth.editingEnabled && !booth.archived && booth.contentEditor !== false;
  return (
    <li className="manage-item panel">
      <KolHeading _label={booth.name} _level={level} lang={CONTENT_LANGUAGE} />
      <p className="manage-item__meta">
        <WorkflowBadge state={booth.workflowState} /> <span lang={contentLang}>{booth.exhibitor.name}</span>
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
            to={at(managePath(booth.slug, 'edit'))}
            label={editable ? t('myBooths.edit', { name: booth.name }) : t('boothManagement.view', { name: booth.name })}
            variant="primary"
          />
        </li>
        {SHORTCUTS.map((tab) => (
          <li key={tab}>
            <AppLink to={at(managePath(booth.slug, tab))} label={t(manageTabKey(tab))} />
          </li>
        ))}
        {booth.published && (
          <li>
            <AppLink to={at(`/stand/${encodeURIComponent(booth.slug)}`)} label={t('editor.nav.public')} />
          </li>
        )}
      </ul>
      <CarryOverButtons booth={booth} targets={targets} />
    </li>
  );
}

/** The staff console; `upcoming` shows the next meetings at the user's booths (the meetings feature, through the app). */
export function MyBoothsPage({ upcoming }: { upcoming?: ReactNode } = {}) {
  const { t } = useTranslation();
  const access = useAccess('exhibitor');
  const { me } = useCurrentUser();
  const booths = useMyBooths(access === 'granted');
  const exhibitors = useMyExhibitors(access === 'granted');
  const { editions, current } = useEdition();
  const admin = hasRole(me?.roles, 'admin');
  const groups = groupByEdition(booths.data ?? [], editions);
  // New booths go into the current edition: archive mode there closes editing for all but admins
  const editingClosed = (groups.find((g) => g.edition === undefined || g.edition.slug === current?.slug)?.booths ?? []).some(
    (booth) => !booth.editingEnabled,
  );

  return (
    <ProtectedPage access={access} title={t('myBooths.pageTitle')} className="page--my-booths">
      <p className="lead">{admin ? t('myBooths.introAdmin') : t('myBooths.intro')}</p>
      {upcoming}
      <QueryStatus query={booths} />
      {editingClosed && (
        <Notice type="info" label={t('editor.archive.title')} level={2}>
          {t('boothManagement.archive.text')}
        </Notice>
      )}
      {booths.data && booths.data.length === 0 && <p className="empty-state">{t('myBooths.empty')}</p>}
      {groups.map((group) => {
        const list = (level: 2 | 3) => (
          <ul className="manage-list">
            {group.booths.map((booth) => (
              <BoothItem
                key={`${booth.edition}/${booth.slug}`}
                booth={booth}
                targets={carryOverTargets(booth, booths.data ?? [], editions)}
                level={level}
              />
            ))}
          </ul>
        );
        // Without known editions (one installation, one fair) the booths need no group heading
        if (!group.edition) return <div key="">{list(groups.length > 1 ? 3 : 2)}</div>;
        return (
          <section key={group.edition.slug} className="edition-group" data-edition={group.edition.slug}>
            <KolHeading
              _label={t(group.edition.current ? 'edition.myBooths.groupCurrent' : 'edition.myBooths.group', { title: group.edition.title })}
              _level={2}
            />
            {group.edition.state === 'archive' && <p className="muted">{t('edition.myBooths.archived')}</p>}
            {list(3)}
          </section>
        );
      })}
      {booths.data && !editingClosed && (
        <section className="panel new-booth">
          <KolHeading _label={t('newBooth.heading')} _level={2} />
          {exhibitors.isPending && <p className="status-line">{t('common.loading')}</p>}
          {exhibitors.isError && <ApiErrorAlert error={exhibitors.error} onRetry={() => void exhibitors.refetch()} />}
          {exhibitors.data && exhibitors.data.length === 0 && <p>{t('boothManagement.noExhibitor')}</p>}
          {exhibitors.data && exhibitors.data.length > 0 && (
            <>
              <p>{t('newBooth.intro')}</p>
              <NewBoothForm exhibitors={exhibitors.data} editions={(editions ?? []).filter((e) => e.state !== 'archive')} />
            </>
          )}
        </section>
      )}
    </ProtectedPage>
  );
}
