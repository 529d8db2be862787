import { KolButton, KolInputFile, KolLink, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ActionButton, Feedback, SubmitRow, busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { captionsApi } from '../api/captions';
import type { CaptionsPreview, TalkCaptions } from '../api/programme';
import { CueErrors, CuePreview } from '../components/CuePreview';
import { WaiverNote } from '../components/Recording';
import { useTalk } from '../hooks';
import { useTalkCaptions } from '../captionsHooks';
import { textField } from '../../../shared/forms/textField';

/**
 * Captions and transcript of a talk (admins, moderators, staff of the presenting booths): a WebVTT file is checked
 * by the server as it is chosen and shown as a table of cues before it is saved; the transcript is corrected by
 * hand; admins record why a recording may go online without captions.
 */
export function CaptionsPage() {
  const { id } = useParams();
  const talkId = Number(id);
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const talk = useTalk(talkId);
  const captions = useTalkCaptions(talkId);
  const title = talk.data ? t('captions.page.title', { title: talk.data.title }) : t('captions.page.loadingTitle');
  return (
    <ProtectedPage access={access} title={title} forbidden={captions.data ? !captions.data.mayEdit : false} className="page--captions">
      <p>
        <AppLink to={`/vortrag/${talkId}`} label={t('captions.page.back')} />
      </p>
      <p>{t('captions.page.intro')}</p>
      <p>{t('captions.page.rules')}</p>
      {captions.isError && <p role="alert">{errorMessage(captions.error, t)}</p>}
      {captions.data && (
        <>
          <CaptionsStatus captions={captions.data} />
          <CaptionsUpload talkId={talkId} captions={captions.data} />
          <TranscriptForm talkId={talkId} captions={captions.data} />
          {captions.data.mayDecide && <WaiverForm talkId={talkId} captions={captions.data} />}
        </>
      )}
    </ProtectedPage>
  );
}

function useRefreshCaptions(talkId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['captions', talkId] });
    void queryClient.invalidateQueries({ queryKey: ['talk', talkId] });
    void queryClient.invalidateQueries({ queryKey: ['captionsFile', talkId] });
  };
}

function CaptionsStatus({ captions }: { captions: TalkCaptions }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="captions-status" className="panel">
      <h2 id="captions-status">{t('captions.status.heading')}</h2>
      <p>{captions.cueCount > 0 ? t('captions.status.cues', { count: captions.cueCount }) : t('captions.status.none')}</p>
      <p>{captions.publishable ? t('captions.status.publishable') : t('captions.status.notPublishable')}</p>
      <WaiverText captions={captions} />
      {captions.vttUrl && <KolLink _href={captions.vttUrl} _label={t('captions.status.file')} />}
    </section>
  );
}

function WaiverText({ captions }: { captions: TalkCaptions }) {
  const { t } = useTranslation();
  if (captions.waiver) return <WaiverNote waiver={captions.waiver} />;
  return captions.mayDecide ? <p>{t('captions.waiver.none')}</p> : null;
}

function CaptionsUpload({ talkId, captions }: { talkId: number; captions: TalkCaptions }) {
  const { t } = useTranslation();
  const refresh = useRefreshCaptions(talkId);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<CaptionsPreview | null>(null);
  const [message, setMessage] = useState('');
  // The saved file is the starting point for corrections
  const saved = useQuery({
    queryKey: ['captionsFile', talkId, captions.vttUrl],
    queryFn: async ({ signal }) => (await captionsApi.captionsFile(talkId, { signal })).text(),
    enabled: Boolean(captions.vttUrl),
  });
  useEffect(() => {
    if (saved.data !== undefined) setText(saved.data);
  }, [saved.data]);

  const check = useMutation({
    // A chosen file goes to the server as it is, so that its UTF-8 is checked too; then it can be corrected here
    mutationFn: async (source: File | string) => {
      const result = await captionsApi.saveCaptions(talkId, source, true);
      return { result, text: typeof source === 'string' ? source : await source.text() };
    },
    onMutate: () => setMessage(''),
    onSuccess: ({ result, text: checked }) => {
      setPreview(result);
      setText(checked);
      setMessage(t('captions.upload.checked', { count: result.cues.length }));
    },
    onError: () => setPreview(null),
  });
  const save = useMutation({
    mutationFn: () => captionsApi.saveCaptions(talkId, text, false),
    onMutate: () => setMessage(''),
    onSuccess: (result) => {
      setPreview(result);
      setMessage(t('captions.upload.saved'));
      refresh();
    },
    onError: () => setPreview(null),
  });
  const failed = save.error ?? check.error;
  const lineErrors = failed instanceof ApiError ? failed.problem.errors?.filter((e) => e.line) ?? [] : [];
  const busy = check.isPending || save.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) save.mutate();
  };
  return (
    <section aria-labelledby="captions-upload" className="panel">
      <h2 id="captions-upload">{t('captions.upload.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <KolInputFile
          _label={t('captions.upload.file')}
          _hint={t('captions.upload.fileHint')}
          _accept=".vtt,text/vtt"
          _on={{
            onChange: (_event: Event, value: unknown) => {
              const file = (value as FileList | null)?.[0];
              if (file) check.mutate(file);
            },
          }}
        />
        <KolTextarea
          _label={t('captions.upload.text')}
          _hint={t('captions.upload.textHint')}
          _rows={12}
          _resize="vertical"
          {...textField(text, setText)}
        />
        <div className="button-row">
          <KolButton
            _label={t('captions.upload.check')}
            _variant="secondary"
            {...busyButton(check.isPending)}
            _on={{ onClick: whenIdle(busy, () => check.mutate(text)) }}
          />
        </div>
        <SubmitRow label={t('captions.upload.save')} busy={save.isPending} />
        <Feedback message={message} failure={failed && lineErrors.length === 0 ? errorMessage(failed, t) : ''} />
      </form>
      {lineErrors.length > 0 && <CueErrors errors={lineErrors} />}
      {preview && (
        <>
          <h3>{t('captions.preview.heading')}</h3>
          <CuePreview cues={preview.cues} />
        </>
      )}
    </section>
  );
}

function TranscriptForm({ talkId, captions }: { talkId: number; captions: TalkCaptions }) {
  const { t } = useTranslation();
  const refresh = useRefreshCaptions(talkId);
  const [text, setText] = useState(captions.transcript ?? '');
  const [message, setMessage] = useState('');
  useLayoutEffect(() => setText(captions.transcript ?? ''), [captions.transcript]);
  const save = useMutation({
    mutationFn: () => captionsApi.saveTranscript(talkId, text),
    onMutate: () => setMessage(''),
    onSuccess: () => {
      setMessage(t('captions.transcriptForm.saved'));
      refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="captions-transcript" className="panel">
      <h2 id="captions-transcript">{t('captions.transcript')}</h2>
      <p>{captions.transcriptEdited ? t('captions.transcriptForm.edited') : t('captions.transcriptForm.fromCaptions')}</p>
      <form onSubmit={submit} noValidate>
        <KolTextarea
          _label={t('captions.transcriptForm.label')}
          _hint={t('captions.transcriptForm.hint')}
          _rows={10}
          _resize="vertical"
          _maxLength={200000}
          {...textField(text, setText)}
        />
        <SubmitRow label={t('captions.transcriptForm.save')} busy={save.isPending} />
        <Feedback message={message} failure={save.isError ? errorMessage(save.error, t) : ''} />
      </form>
    </section>
  );
}

function WaiverForm({ talkId, captions }: { talkId: number; captions: TalkCaptions }) {
  const { t } = useTranslation();
  const refresh = useRefreshCaptions(talkId);
  const [reason, setReason] = useState(captions.waiver?.reason ?? '');
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const save = useMutation({
    mutationFn: () => captionsApi.waiveCaptions(talkId, reason.trim()),
    onMutate: () => setMessage(''),
    onSuccess: () => {
      setMessage(t('captions.waiver.saved'));
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => captionsApi.revokeCaptionsWaiver(talkId),
    onMutate: () => setMessage(''),
    onSuccess: () => {
      setReason('');
      setMessage(t('captions.waiver.revoked'));
      refresh();
      // The button goes away with the decision: the focus goes to the section's heading
      heading.current?.focus();
    },
  });
  const failed = save.error ?? revoke.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="captions-waiver" className="panel">
      <h2 id="captions-waiver" ref={heading} tabIndex={-1}>
        {t('captions.waiver.heading')}
      </h2>
      <WaiverText captions={captions} />
      <form onSubmit={submit} noValidate>
        <KolTextarea
          _label={t('captions.waiver.reason')}
          _hint={t('captions.waiver.reasonHint')}
          _rows={3}
          _maxLength={1000}
          {...textField(reason, setReason)}
        />
        <SubmitRow label={t('captions.waiver.save')} busy={save.isPending} />
        {captions.waiver && (
          <div className="button-row">
            <ActionButton label={t('captions.waiver.revoke')} variant="danger" busy={revoke.isPending} onClick={() => revoke.mutate()} />
          </div>
        )}
        <Feedback message={message} failure={failed ? errorMessage(failed, t) : ''} />
      </form>
    </section>
  );
}
