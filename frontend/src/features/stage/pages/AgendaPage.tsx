import { KolAlert, KolInputText } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeApi } from '../api/programme';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ActionButton } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { useAgenda } from '../hooks';
import { TalkCard } from '../components/TalkCard';
import { useNow } from '../useNow';
import { saveBlob } from '../../../shared/ui/saveBlob';

function FeedSection() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const rotate = useMutation({
    mutationFn: () => programmeApi.rotateFeed(),
    onSuccess: (feed) => setUrl(new URL(feed.url, window.location.origin).toString()),
  });
  return (
    <section className="panel" aria-labelledby="agenda-feed">
      <h2 id="agenda-feed">{t('agendaPage.feed.heading')}</h2>
      <p>{t('agendaPage.feed.text')}</p>
      {url && (
        <>
          <KolInputText _label={t('agendaPage.feed.url')} _value={url} _readOnly _hint={t('agendaPage.feed.secret')} />
          <KolAlert _type="info" _variant="msg" _level={0}>
            {t('agendaPage.feed.created')}
          </KolAlert>
        </>
      )}
      <div className="button-row">
        <ActionButton
          label={url ? t('agendaPage.feed.renew') : t('agendaPage.feed.create')}
          variant="secondary"
          busy={rotate.isPending}
          onClick={() => rotate.mutate()}
        />
      </div>
      <p className="form-hint">{t('agendaPage.feed.revokeHint')}</p>
      {rotate.isError && <p role="alert">{errorMessage(rotate.error, t)}</p>}
    </section>
  );
}

/** "Meine Agenda": bookmarked talks, the whole agenda as ICS, the private calendar subscription. */
export function AgendaPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const agenda = useAgenda(access === 'granted');
  const now = useNow();
  const [icsError, setIcsError] = useState('');
  const download = useMutation({
    mutationFn: () => programmeApi.agendaIcs(),
    onSuccess: (blob) => saveBlob(blob, 'meine-agenda.ics'),
    onError: (error) => setIcsError(errorMessage(error, t)),
  });
  const talks = agenda.data ?? [];

  return (
    <ProtectedPage access={access} title={t('agendaPage.heading')} className="page--agenda">
      <p className="lead">{t('agendaPage.intro')}</p>
      {agenda.isError && <ApiErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />}
      {agenda.isPending && <p className="status-line">{t('common.loading')}</p>}
      {agenda.isSuccess && (
        <section aria-labelledby="agenda-talks">
          <h2 id="agenda-talks">{t('agendaPage.talks', { count: talks.length })}</h2>
          {talks.length === 0 ? (
            <p className="empty-state">
              {t('agendaPage.empty')} <AppLink to="/programm" label={t('agendaPage.toProgramme')} />
            </p>
          ) : (
            <>
              <div className="button-row">
                <ActionButton
                  label={t('agendaPage.icsAll')}
                  variant="primary"
                  busy={download.isPending}
                  onClick={() => download.mutate()}
                />
              </div>
              {icsError && <p role="alert">{icsError}</p>}
              <ol className="agenda-list">
                {talks.map((talk) => (
                  <li key={talk.id}>
                    <TalkCard talk={talk} now={now} level={3} withDate withStage inAgenda />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
      <FeedSection />
    </ProtectedPage>
  );
}
