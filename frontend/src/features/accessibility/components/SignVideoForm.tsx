import { KolHeading, KolInputFile, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { Feedback, SubmitButton } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { accessibilityApi, SIGN_VIDEO_SLOTS, type SignVideoSlot } from '../api';
import '../../../i18n/accessibilityTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/**
 * Admins put the DGS video of a Leichte-Sprache page: title, transcript, playing time, the video and its WebVTT
 * captions. The server refuses a video without captions, so a video never goes online without them.
 */
export function SignVideoForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const videos = useApiQuery(['accessibility', 'sign-videos'], accessibilityApi.signVideos);
  const [slot, setSlot] = useState<SignVideoSlot>('angebot');
  const current = videos.data?.find((v) => v.slot === slot);
  const [edits, setEdits] = useState<{ title?: string; transcript?: string; duration?: number | null }>({});
  const [video, setVideo] = useState<File | null>(null);
  const [captions, setCaptions] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState('');
  const title = edits.title ?? current?.title ?? '';
  const transcript = edits.transcript ?? current?.transcript ?? '';
  const duration = edits.duration !== undefined ? edits.duration : (current?.durationSeconds ?? null);

  const save = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('title', title.trim());
      form.append('transcript', transcript.trim());
      if (duration) form.append('durationSeconds', String(duration));
      if (video) form.append('video', video);
      if (captions) form.append('captions', captions);
      return accessibilityApi.saveSignVideo(slot, form);
    },
    onSuccess: () => {
      setStatus(t('a11y.signForm.saved'));
      setErrors({});
      setEdits({});
      void queryClient.invalidateQueries({ queryKey: ['accessibility', 'sign-videos'] });
    },
    onError: (error) => {
      setStatus('');
      if (error instanceof ApiError && error.status === 400) setErrors(fieldErrors(error.problem.errors));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <section id="gebaerdensprache" className="admin-section panel">
      <KolHeading _label={t('a11y.signForm.heading')} _level={2} />
      <p>{t('a11y.signForm.intro')}</p>
      <form className="sign-video-form" onSubmit={submit} noValidate>
        <KolSelect
          _label={t('a11y.signForm.slot')}
          _options={SIGN_VIDEO_SLOTS.map((s) => ({ label: t(`a11y.easy.pages.${s}.title`), value: s }))}
          _value={slot}
          _on={{
            onInput: (_e: Event, v: unknown) => {
              setSlot(String(v) as SignVideoSlot);
              setEdits({});
            },
          }}
        />
        <KolInputText _label={t('a11y.signForm.title')} _required _maxLength={200} _value={title}
          _msg={kolMsg(errors.title?.join(' '))} _touched={Boolean(errors.title)}
          _on={{ onInput: (_e: Event, v: unknown) => setEdits((e) => ({ ...e, title: String(v ?? '') })) }} />
        <KolTextarea _label={t('a11y.signForm.transcript')} _required _rows={6} _value={transcript}
          _msg={kolMsg(errors.transcript?.join(' '))} _touched={Boolean(errors.transcript)}
          _on={{ onInput: (_e: Event, v: unknown) => setEdits((e) => ({ ...e, transcript: String(v ?? '') })) }} />
        {/* A text field: KolInputNumber's step buttons have no accessible name (axe: button-name) */}
        <KolInputText _label={t('a11y.signForm.duration')} _value={duration ? String(duration) : ''} _maxLength={5}
          _msg={kolMsg(errors.durationSeconds?.join(' '))} _touched={Boolean(errors.durationSeconds)}
          _on={{
            onInput: (_e: Event, v: unknown) => {
              const digits = String(v ?? '').replace(/\D/g, '');
              setEdits((e) => ({ ...e, duration: digits ? Number(digits) : null }));
            },
          }} />
        <KolInputFile _label={t('a11y.signForm.video')} _hint={t('a11y.signForm.videoHint')} _accept="video/mp4,video/webm"
          _on={{ onChange: (_e: Event, v: unknown) => setVideo((v as FileList | null)?.[0] ?? null) }} />
        <KolInputFile _label={t('a11y.signForm.captions')} _hint={t('a11y.signForm.captionsHint')} _accept=".vtt,text/vtt"
          _on={{ onChange: (_e: Event, v: unknown) => setCaptions((v as FileList | null)?.[0] ?? null) }} />
        <div className="button-row">
          <SubmitButton label={t('a11y.signForm.save')} busy={save.isPending} />
        </div>
        <Feedback message={status} failure={save.isError ? errorMessage(save.error, t) : ''} />
      </form>
    </section>
  );
}
