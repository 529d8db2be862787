import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { BoothEditor } from '../components/BoothEditor';
import { PublicCodeImportForm } from '../components/PublicCodeImportForm';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useDraft } from '../hooks';
import { useEventDays, useTopicFields } from '../../../shared/fair/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import '../../../i18n/editorTexts';
import { Notice } from '../../../shared/ui/Notice';

export function BoothEditorPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const access = useAccess('exhibitor');
  const draft = useDraft(slug, access === 'granted');
  // The editor keeps its own state; it starts over only when the user reloads after a conflict.
  const [generation, setGeneration] = useState(0);
  const topicFields = useTopicFields();
  const eventDays = useEventDays();
  const forbidden = draft.error instanceof ApiError && (draft.error.status === 403 || draft.error.isNotFound);
  const title = draft.data ? t('editor.pageTitle', { name: draft.data.content.name }) : t('editor.pageTitleShort');

  return (
    <ProtectedPage access={access} title={title} forbidden={forbidden} className="page--editor">
      <BoothManageNav slug={slug} current="edit" published={draft.data?.published} />
      {(!draft.isFetchedAfterMount || topicFields.isPending || eventDays.isPending) && !draft.isError && <Loading />}
      {draft.isError && <ApiErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />}
      {draft.data?.contentEditor === false && (
        <Notice type="info" label={t('boothManagement.staffOnly.title')} level={2}>
          {t('boothManagement.staffOnly.text', { name: draft.data.exhibitor.name })}
        </Notice>
      )}
      {draft.data && draft.isFetchedAfterMount && topicFields.data && eventDays.data && (
        <BoothEditor
          key={`${draft.data.slug}-${generation}`}
          draft={draft.data}
          topicFields={topicFields.data}
          eventDays={eventDays.data}
          onReload={() => void draft.refetch().then(() => setGeneration((g) => g + 1))}
        />
      )}
      {draft.data && draft.isFetchedAfterMount && (
        <PublicCodeImportForm
          slug={slug}
          disabled={!draft.data.editingEnabled || draft.data.contentEditor === false}
          onImported={() => void draft.refetch().then(() => setGeneration((g) => g + 1))}
        />
      )}
    </ProtectedPage>
  );
}
