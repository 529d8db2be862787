import { KolButton, KolHeading, KolInputFile, KolInputText, KolProgress, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadProgress, VideoCaptionsFile, VideoUpload } from '../../../shared/api';
import { formatBytes } from '../../../i18n/format';
import { busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { editorApi } from '../api/editor';
import type { VideoForm } from '../contentForm';
import type { SectionProps } from './sections';
import '../../../i18n/editorTexts';

/** The API refuses larger captions with 413; checking first saves the wait. */
export const MAX_CAPTIONS_BYTES = 1024 * 1024;

interface VideoSectionProps extends SectionProps {
  slug: string;
  captions: VideoCaptionsFile[];
  onCaptionsUploaded: (captions: VideoCaptionsFile) => void;
  /** Videos uploaded for the booth, newest first. */
  videos: VideoUpload[];
  /** How often the state of a video being transcoded is asked for (milliseconds). */
  pollMillis?: number;
}

type UploadState = { phase: 'idle' } | { phase: 'uploading' } | { phase: 'done'; fileName: string } | { phase: 'failed'; message: string };

/**
 * The booth video: its address (HLS playlist or MP4/WebM file), the captions it must have (a WebVTT file uploaded here,
 * or an address), and the title and description that name it for those who cannot see it.
 */
export function VideoSection({ form, update, field, disabled, slug, captions, onCaptionsUploaded, videos, pollMillis = 3000 }: VideoSectionProps) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<UploadState>({ phase: 'idle' });
  const [touched, setTouched] = useState(false);
  const fileInput = useRef<HTMLKolInputFileElement>(null);
  const video = form.video;
  const set = (change: Partial<VideoForm>) => update((f) => ({ ...f, video: { ...f.video, ...change } }));
  const onText = (key: keyof VideoForm) => ({
    onInput: (_event: Event, value: unknown) => set({ [key]: String(value ?? '') }),
  });
  const uploading = upload.phase === 'uploading';

  const fileError = !file
    ? t('editor.video.fileRequired')
    : file.size > MAX_CAPTIONS_BYTES
      ? t('editor.video.tooLarge', { size: formatBytes(file.size, i18n.language) })
      : undefined;

  const start = () => {
    setTouched(true);
    if (!file || fileError) return;
    setUpload({ phase: 'uploading' });
    editorApi
      .uploadVideoCaptions(slug, file)
      .then((stored) => {
        onCaptionsUploaded(stored);
        set({ captionsSource: 'upload', captionsId: String(stored.id) });
        setUpload({ phase: 'done', fileName: stored.fileName });
        setFile(null);
        setTouched(false);
        void fileInput.current?.reset?.();
      })
      .catch((error: unknown) => setUpload({ phase: 'failed', message: errorMessage(error, t) }));
  };

  // "Captions missing" comes for captionsUrl (the API cannot know which way was meant): shown at the choice of file too
  const idField = field('video.captionsId');
  const urlField = field('video.captionsUrl');
  const captionsIdProps = idField._msg ? idField : { ...idField, _msg: urlField._msg, _touched: urlField._touched };

  const captionsOptions = [
    { label: t('editor.video.noCaptions'), value: '' },
    ...captions.map((c) => ({ label: t('editor.video.captionsOption', { file: c.fileName, cues: c.cueCount }), value: String(c.id) })),
  ];

  return (
    <section className="editor-section panel" data-field="video" tabIndex={-1}>
      <KolHeading _label={t('editor.sections.video')} _level={2} />
      <p className="field-hint">{t('editor.video.intro')}</p>
      <VideoUploadBox slug={slug} disabled={disabled} initial={videos[0]} pollMillis={pollMillis} onReady={(url) => set({ url })} />
      <KolInputText
        {...field('video.url')}
        _label={t('editor.field.video.url')}
        _hint={t('editor.video.urlHint')}
        _maxLength={500}
        _value={video.url}
        _on={onText('url')}
      />
      <KolInputText
        {...field('video.title')}
        _label={t('editor.field.video.title')}
        _hint={t('editor.video.titleHint')}
        _required={video.url.trim() !== ''}
        _maxLength={160}
        _value={video.title}
        _on={onText('title')}
      />
      <KolTextarea
        {...field('video.description')}
        _label={t('editor.field.video.description')}
        _hint={t('editor.video.descriptionHint')}
        _maxLength={500}
        _rows={2}
        _value={video.description}
        _on={onText('description')}
      />
      <KolSelect
        data-field="video.captionsSource"
        _label={t('editor.field.video.captionsSource')}
        _hint={t('editor.video.captionsHint')}
        _disabled={disabled}
        _options={[
          { label: t('editor.video.sourceUpload'), value: 'upload' },
          { label: t('editor.video.sourceUrl'), value: 'url' },
        ]}
        _value={video.captionsSource}
        _on={{ onInput: (_event: Event, value: unknown) => set({ captionsSource: value === 'url' ? 'url' : 'upload' }) }}
      />
      {video.captionsSource === 'url' ? (
        <KolInputText
          {...field('video.captionsUrl')}
          _label={t('editor.field.video.captionsUrl')}
          _hint={t('editor.video.captionsUrlHint')}
          _required={video.url.trim() !== ''}
          _maxLength={500}
          _value={video.captionsUrl}
          _on={onText('captionsUrl')}
        />
      ) : (
        <>
          <KolSelect
            {...captionsIdProps}
            _label={t('editor.field.video.captionsId')}
            _options={captionsOptions}
            _value={video.captionsId}
            _on={{ onInput: (_event: Event, value: unknown) => set({ captionsId: String(value ?? '') }) }}
          />
          <div className="upload-box">
            <KolInputFile
              ref={fileInput}
              _label={t('editor.video.file')}
              _hint={t('editor.video.fileHint')}
              _accept=".vtt,text/vtt"
              _disabled={disabled || uploading}
              _touched={touched}
              _msg={kolMsg(touched ? fileError : undefined)}
              _on={{ onChange: (_event: Event, value: unknown) => setFile((value as FileList | null)?.[0] ?? null) }}
            />
            <KolButton
              _label={t('editor.video.upload')}
              _variant="secondary"
              _disabled={disabled}
              {...busyButton(uploading)}
              _on={{ onClick: whenIdle(uploading, start) }}
            />
            <p role="status" className="status-line">
              {upload.phase === 'uploading' && t('editor.video.uploading')}
              {upload.phase === 'done' && t('editor.video.uploaded', { file: upload.fileName })}
            </p>
            {upload.phase === 'failed' && (
              <p role="alert" className="field-error">
                {upload.message}
              </p>
            )}
          </div>
        </>
      )}
    </section>
  );
}

type VideoUploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; progress: UploadProgress }
  | { phase: 'failed'; message: string };

/**
 * Uploading a video file: the server transcodes it to HLS ("wird umgewandelt"), asked for every few seconds; once it
 * is ready its playlist becomes the video's address. Shows the latest upload's state after a reload too.
 */
function VideoUploadBox({ slug, disabled, initial, pollMillis, onReady }: {
  slug: string;
  disabled: boolean;
  initial: VideoUpload | undefined;
  pollMillis: number;
  onReady: (playlistUrl: string) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [touched, setTouched] = useState(false);
  const [state, setState] = useState<VideoUploadState>({ phase: 'idle' });
  const [latest, setLatest] = useState<VideoUpload | undefined>(initial);
  // Only a video uploaded now takes over the address by itself; an older one is offered
  const [adopt, setAdopt] = useState(false);
  const fileInput = useRef<HTMLKolInputFileElement>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const uploading = state.phase === 'uploading';

  useEffect(() => {
    if (latest?.state !== 'processing') return;
    const timer = setTimeout(() => {
      editorApi.videoUpload(slug, latest.id).then(setLatest, () => undefined);
    }, pollMillis);
    return () => clearTimeout(timer);
  }, [latest, slug, pollMillis]);

  useEffect(() => {
    if (adopt && latest?.state === 'ready' && latest.playlistUrl) {
      setAdopt(false);
      onReadyRef.current(latest.playlistUrl);
    }
  }, [adopt, latest]);

  const start = () => {
    setTouched(true);
    if (!file) return;
    const fileName = file.name;
    setState({ phase: 'uploading', fileName, progress: { loaded: 0, total: file.size, percent: 0 } });
    editorApi
      .uploadVideo(slug, file, (progress) => setState({ phase: 'uploading', fileName, progress }))
      .then((stored) => {
        setLatest(stored);
        setAdopt(true);
        setState({ phase: 'idle' });
        setFile(null);
        setTouched(false);
        void fileInput.current?.reset?.();
      })
      .catch((error: unknown) => setState({ phase: 'failed', message: errorMessage(error, t) }));
  };

  return (
    <div className="upload-box">
      <KolHeading _label={t('editor.video.uploadHeading')} _level={3} />
      <KolInputFile
        ref={fileInput}
        _label={t('editor.video.videoFile')}
        _hint={t('editor.video.videoFileHint')}
        _accept=".mp4,.webm,.mov,video/mp4,video/webm,video/quicktime"
        _disabled={disabled || uploading}
        _touched={touched}
        _msg={kolMsg(touched && !file ? t('editor.video.fileRequired') : undefined)}
        _on={{ onChange: (_event: Event, value: unknown) => setFile((value as FileList | null)?.[0] ?? null) }}
      />
      <KolButton
        _label={t('editor.video.uploadVideo')}
        _variant="secondary"
        _disabled={disabled}
        {...busyButton(uploading)}
        _on={{ onClick: whenIdle(uploading, start) }}
      />
      {state.phase === 'uploading' && (
        <div className="upload-progress">
          <KolProgress
            _label={t('editor.video.videoProgress', { file: state.fileName })}
            _value={state.progress.percent}
            _max={100}
            _unit="%"
          />
        </div>
      )}
      <p role="status" className="status-line">
        {latest?.state === 'processing' && t('editor.video.processing', { file: latest.fileName })}
        {latest?.state === 'ready' && t('editor.video.ready', { file: latest.fileName })}
      </p>
      {latest?.state === 'ready' && latest.playlistUrl && (
        <KolButton
          _label={t('editor.video.useUpload', { file: latest.fileName })}
          _variant="tertiary"
          _disabled={disabled}
          _on={{ onClick: () => onReadyRef.current(latest.playlistUrl!) }}
        />
      )}
      {(state.phase === 'failed' || latest?.state === 'failed') && (
        <p role="alert" className="field-error">
          {state.phase === 'failed'
            ? state.message
            : t('editor.video.failed', { file: latest?.fileName, error: latest?.error ?? '' })}
        </p>
      )}
    </div>
  );
}
