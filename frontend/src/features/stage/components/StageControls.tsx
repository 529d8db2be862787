import { KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { programmeApi, type EmbedProvider, type LiveState, type StageView, type StreamKind } from '../api/programme';
import { WaiverNote } from './Recording';
import { useContentLang } from '../../../i18n/useContentLang';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { LiveStatus } from './LiveStatus';
import { FormResult, SubmitRow } from '../../../shared/forms/Feedback';
import { textField } from '../../../shared/forms/textField';

const STATES: LiveState[] = ['upcoming', 'live', 'paused', 'ended'];
const KINDS: StreamKind[] = ['none', 'hls', 'embed'];
const PROVIDERS: EmbedProvider[] = ['youtube', 'vimeo', 'peertube', 'other'];

/** Moderators and admins switch a stage's live state; a pause carries a message for the viewers. */
export function LiveStateForm({ stage }: { stage: StageView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>(stage.live.state);
  const [message, setMessage] = useState(stage.live.message ?? '');
  const [result, setResult] = useState('');
  const save = useMutation({
    mutationFn: () => programmeApi.setLive(stage.key, state, message.trim()),
    onSuccess: (saved) => {
      setResult(t('moderation.live.saved', { state: t(`live.state.${saved.live.state}`) }));
      void queryClient.invalidateQueries({ queryKey: ['stages'] });
      void queryClient.invalidateQueries({ queryKey: ['stage', stage.key] });
    },
    onError: () => setResult(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const errors = save.error instanceof ApiError ? fieldErrors(save.error.problem.errors) : {};
  return (
    <form className="live-form" onSubmit={submit} noValidate>
      <KolSelect
        _label={t('moderation.live.state', { stage: stage.name })}
        _options={STATES.map((s) => ({ label: t(`live.state.${s}`), value: s }))}
        _value={state}
        _on={{ onInput: (_event: Event, value: unknown) => setState(String(value) as LiveState) }}
      />
      <KolTextarea
        _label={t('moderation.live.message')}
        _hint={t('moderation.live.messageHint')}
        _rows={2}
        _maxLength={300}
        {...textField(message, setMessage, { touched: Boolean(errors['message']), error: errors['message']?.join(' ') })}
      />
      <SubmitRow label={t('moderation.live.apply')} busy={save.isPending} />
      {save.isError && !errors['message'] && <p role="alert">{errorMessage(save.error, t)}</p>}
      <FormResult>{result}</FormResult>
    </form>
  );
}

/** Admins point a stage at its stream: an HLS address with optional WebVTT captions, or an external embed. */
export function StreamForm({ stage }: { stage: StageView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<StreamKind>(stage.stream.kind);
  const [url, setUrl] = useState(stage.stream.url ?? '');
  const [captionsUrl, setCaptionsUrl] = useState(stage.stream.captionsUrl ?? '');
  const [captionsWaiver, setCaptionsWaiver] = useState(stage.stream.captionsWaiver?.reason ?? '');
  const [provider, setProvider] = useState<EmbedProvider>(stage.stream.provider ?? 'peertube');
  const [result, setResult] = useState('');
  const save = useMutation({
    mutationFn: () =>
      programmeApi.setStream(stage.key, {
        kind,
        url: kind === 'none' ? undefined : url.trim(),
        captionsUrl: kind === 'hls' && captionsUrl.trim() ? captionsUrl.trim() : undefined,
        provider: kind === 'embed' ? provider : undefined,
        captionsWaiver: kind !== 'none' && captionsWaiver.trim() ? captionsWaiver.trim() : undefined,
        version: stage.version,
      }),
    onSuccess: () => {
      setResult(t('moderation.stream.saved'));
      void queryClient.invalidateQueries({ queryKey: ['stages'] });
      void queryClient.invalidateQueries({ queryKey: ['stage', stage.key] });
    },
    onError: () => setResult(''),
  });
  const errors = save.error instanceof ApiError ? fieldErrors(save.error.problem.errors, '', t) : {};
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="stream-form" onSubmit={submit} noValidate>
      <KolSelect
        _label={t('moderation.stream.kind', { stage: stage.name })}
        _options={KINDS.map((k) => ({ label: t(`moderation.stream.kinds.${k}`), value: k }))}
        _value={kind}
        _on={{ onInput: (_event: Event, value: unknown) => setKind(String(value) as StreamKind) }}
      />
      {kind !== 'none' && (
        <KolInputText
          _label={t('moderation.stream.url')}
          _type="url"
          _required
          {...textField(url, setUrl, { touched: Boolean(errors['url']), error: errors['url']?.join(' ') })}
        />
      )}
      {kind === 'hls' && (
        <KolInputText
          _label={t('moderation.stream.captions')}
          _type="url"
          {...textField(captionsUrl, setCaptionsUrl, { touched: Boolean(errors['captionsUrl']), error: errors['captionsUrl']?.join(' ') })}
        />
      )}
      {kind === 'embed' && (
        <KolSelect
          _label={t('moderation.stream.provider')}
          _options={PROVIDERS.map((p) => ({ label: t(`player.provider.${p}`), value: p }))}
          _value={provider}
          _on={{ onInput: (_event: Event, value: unknown) => setProvider(String(value) as EmbedProvider) }}
        />
      )}
      {kind !== 'none' && (
        <KolTextarea
          _label={t('captions.stream.waiver')}
          _hint={t('captions.stream.waiverHint')}
          _rows={2}
          _maxLength={1000}
          {...textField(captionsWaiver, setCaptionsWaiver, {
            touched: Boolean(errors['captionsWaiver']),
            error: errors['captionsWaiver']?.join(' '),
          })}
        />
      )}
      {stage.stream.captionsWaiver && <WaiverNote waiver={stage.stream.captionsWaiver} />}
      <SubmitRow label={t('moderation.stream.save')} busy={save.isPending} />
      {conflict && <p role="alert">{t('moderation.stream.conflict')}</p>}
      {save.isError && !conflict && Object.keys(errors).length === 0 && <p role="alert">{errorMessage(save.error, t)}</p>}
      <FormResult>{result}</FormResult>
    </form>
  );
}

/**
 * Admins name a stage in German and English. The form starts from the names as stored (the stage view carries the
 * name in the visitor's language only) and keeps the version of its own save, so that saving twice works.
 */
export function StageNamesForm({ stageKey }: { stageKey: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: ['stage-names', stageKey], queryFn: ({ signal }) => programmeApi.stageNames(stageKey, { signal }) });
  const [edited, setEdited] = useState<{ name: string; nameEn: string } | null>(null);
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState('');
  // Until the admin types, the fields show what is stored (derived, not copied into state by an effect)
  const name = edited?.name ?? stored.data?.name ?? '';
  const nameEn = edited?.nameEn ?? stored.data?.nameEn ?? '';
  const save = useMutation({
    mutationFn: () => programmeApi.rename(stageKey, { name: name.trim(), nameEn: nameEn.trim() || null, version: stored.data!.version }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['stage-names', stageKey], saved);
      setEdited(null);
      setResult(t('moderation.names.saved'));
      void queryClient.invalidateQueries({ queryKey: ['stages'] });
      void queryClient.invalidateQueries({ queryKey: ['stage', stageKey] });
    },
    onError: () => setResult(''),
  });
  const errors = save.error instanceof ApiError ? fieldErrors(save.error.problem.errors, '', t) : {};
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const nameError = missing ? t('moderation.names.required') : errors['name']?.join(' ');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult('');
    setMissing(!name.trim());
    if (!name.trim() || !stored.data || save.isPending) return;
    save.mutate();
  };
  const change = (field: 'name' | 'nameEn') => (value: string) => setEdited({ name, nameEn, [field]: value });
  if (stored.isError) return <p role="alert">{errorMessage(stored.error, t)}</p>;
  return (
    <form className="stage-names-form" onSubmit={submit} noValidate>
      <KolInputText
        _label={t('moderation.names.name')}
        _required
        _maxLength={120}
        {...textField(name, change('name'), { touched: Boolean(nameError), error: nameError })}
      />
      <KolInputText
        _label={t('moderation.names.nameEn')}
        _hint={t('moderation.names.nameEnHint')}
        _maxLength={120}
        lang="en"
        {...textField(nameEn, change('nameEn'), { touched: Boolean(errors['nameEn']), error: errors['nameEn']?.join(' ') })}
      />
      <SubmitRow label={t('moderation.names.save')} busy={save.isPending} disabled={!stored.data} />
      {conflict && <p role="alert">{t('moderation.names.conflict')}</p>}
      {save.isError && !conflict && Object.keys(errors).length === 0 && <p role="alert">{errorMessage(save.error, t)}</p>}
      <FormResult>{result}</FormResult>
    </form>
  );
}

export function StageControlPanel({ stage, admin }: { stage: StageView; admin: boolean }) {
  const contentLang = useContentLang();
  const { t } = useTranslation();
  return (
    <li className="panel stage-control">
      <h3 lang={contentLang}>{stage.name}</h3>
      <LiveStatus live={stage.live} />
      <LiveStateForm stage={stage} />
      {admin && (
        <details className="stage-control__stream">
          <summary>{t('moderation.stream.heading')}</summary>
          <StreamForm stage={stage} />
        </details>
      )}
      {admin && (
        <details className="stage-control__names">
          <summary>{t('moderation.names.heading')}</summary>
          <StageNamesForm stageKey={stage.key} />
        </details>
      )}
    </li>
  );
}
