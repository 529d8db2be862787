import { KolButton, KolHeading, KolInputFile, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VideoCaptionsFile, VideoUpload } from '../../../shared/api';
import { formatBytes } from '../../../i18n/format';
import { ActionButton, Feedback } from '../../../shared/forms/Feedback';
import { editorApi } from '../api/editor';
import type { VideoForm } from '../contentForm';
import type { SectionProps } from './sections';
import { textBinder } from './textBinder';
import { UploadProgressBar, uploadFailure, useFileUpload } from './fileUpload';
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

/**
 * The booth video: its address (HLS playlist or MP4/WebM file), the captions it must have (a WebVTT file uploaded here,
 * or an address), and the title and description that name it for those who cannot see it.
 */
export function VideoSection({ form, update, field, disabled, slug, captions, onCaptionsUploaded, videos, pollMillis = 3000 }: VideoSectionProps) {
  const { t, i18n } = useTranslation();
  const { file, upload, uploading, start, fileField } = useFileUpload();
  const video = form.video;
  const set = (change: Partial<VideoForm>) => update((f) => ({ ...f, video: { ...f.video, ...change } }));
  const bind = textBinder(video, set, (name) => field(`video.${name}`));

  const fileError = !file
    ? t('editor.video.fileRequired')
    : file.size > MAX_CAPTIONS_BYTES
      ? t('editor.video.tooLarge', { size: formatBytes(file.size, i18n.language) })
      : undefined;

  const send = () =>
    start(
      !fileError,
      (chosen) => editorApi.uploadVideoCaptions(slug, chosen),
      (stored) => {
        onCaptionsUploaded(stored);
        set({ captionsSource: 'upload', captionsId: String(stored.id) });
        return stored.fileName;
      },
    );

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
        {...bind('url')}
        _label={t('editor.field.video.url')}
        _hint={t('editor.video.urlHint')}
        _maxLength={500}
      />
      <KolInputText
        {...bind('title')}
        _label={t('editor.field.video.title')}
        _hint={t('editor.video.titleHint')}
        _required={video.url.trim() !== ''}
        _maxLength={160}
      />
      <KolTextarea
        {...bind('description')}
        _label={t('editor.field.video.description')}
        _hint={t('editor.video.descriptionHint')}
        _maxLength={500}
        _rows={2}
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
          {...bind('captionsUrl')}
          _label={t('editor.field.video.captionsUrl')}
          _hint={t('editor.video.captionsUrlHint')}
          _required={video.url.trim() !== ''}
          _maxLength={500}
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
              _label={t('editor.video.file')}
              _hint={t('editor.video.fileHint')}
              _accept=".vtt,text/vtt"
              {...fileField({ disabled, error: fileError })}
            />
            <ActionButton label={t('editor.video.upload')} variant="secondary" disabled={disabled} busy={uploading} onClick={send} />
            <Feedback
              message={
                upload.phase === 'uploading'
                  ? t('editor.video.uploading')
                  : upload.phase === 'done'
                    ? t('editor.video.uploaded', { file: upload.fileName })
                    : ''
              }
              failure={uploadFailure(upload)}
            />
          </div>
        </>
      )}
    </section>
  );
}

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
  const { file, upload, uploading, start, fileField } = useFileUpload();
  const [latest, setLatest] = useState<VideoUpload | undefined>(initial);
  // Only a video uploaded now takes over the address by itself; an older one is offered
  const [adopt, setAdopt] = useState(false);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

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

  const send = () =>
    start(
      true,
      (chosen, onProgress) => editorApi.uploadVideo(slug, chosen, onProgress),
      (stored) => {
        setLatest(stored);
        setAdopt(true);
        return undefined;
      },
    );

  return (
    <div className="upload-box">
      <KolHeading _label={t('editor.video.uploadHeading')} _level={3} />
      <KolInputFile
        _label={t('editor.video.videoFile')}
        _hint={t('editor.video.videoFileHint')}
        _accept=".mp4,.webm,.mov,video/mp4,video/webm,video/quicktime"
        {...fileField({ disabled, error: file ? undefined : t('editor.video.fileRequired') })}
      />
      <ActionButton label={t('editor.video.uploadVideo')} variant="secondary" disabled={disabled} busy={uploading} onClick={send} />
      <UploadProgressBar upload={upload} label={(file) => t('editor.video.videoProgress', { file })} />
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
      {(upload.phase === 'failed' || latest?.state === 'failed') && (
        <p role="alert" className="field-error">
          {upload.phase === 'failed'
            ? upload.message
            : t('editor.video.failed', { file: latest?.fileName, error: latest?.error ?? '' })}
        </p>
      )}
    </div>
  );
}
