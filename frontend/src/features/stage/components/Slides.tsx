import { KolInputFile, KolInputText, KolLink } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { programmeApi, type TalkMaterial } from '../api/programme';
import { formatBytes } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { ActionButton, FormResult } from '../../../shared/forms/Feedback';
import { textField } from '../../../shared/forms/textField';

/** The slides of a talk as download links with format and size. */
export function SlideList({ materials }: { materials: TalkMaterial[] }) {
  const { t, i18n } = useTranslation();
  const contentLang = useContentLang();
  if (materials.length === 0) return <p className="empty-state">{t('slides.none')}</p>;
  return (
    <ul className="link-list">
      {materials.map((m) => (
        <li key={m.id}>
          <KolLink
            _href={m.url}
            _label={t('slides.download', {
              title: m.title,
              format: m.fileName.replace(/^.*\./, '').toUpperCase(),
              size: formatBytes(m.sizeBytes, i18n.language),
            })}
            lang={contentLang ?? 'de'}
          />
        </li>
      ))}
    </ul>
  );
}

/** Moderators upload slides (PDF, PPTX, ODP; checked by content on the server), remove them, and set the recording. */
export function SlidesEditor({ talkId, materials, recordingUrl }: { talkId: number; materials: TalkMaterial[]; recordingUrl: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [recording, setRecording] = useState(recordingUrl ?? '');
  const [result, setResult] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['talk', talkId] });
  const upload = useMutation({
    mutationFn: () => programmeApi.uploadSlides(talkId, file!, title),
    onSuccess: (material) => {
      setResult(t('slides.uploaded', { title: material.title }));
      setFile(null);
      setTitle('');
      refresh();
    },
  });
  // A removed file's button goes with it: the focus goes to the file field
  const fileField = useRef<HTMLKolInputFileElement>(null);
  const remove = useMutation({
    mutationFn: (id: number) => programmeApi.deleteSlides(talkId, id),
    onSuccess: () => {
      setResult(t('slides.removed'));
      refresh();
      void fileField.current?.focus();
    },
  });
  const saveRecording = useMutation({
    mutationFn: () => programmeApi.setRecording(talkId, recording.trim() || null),
    onSuccess: () => {
      setResult(t('slides.recordingSaved'));
      refresh();
    },
  });
  const recordingError =
    saveRecording.error instanceof ApiError && saveRecording.error.status === 400 ? t('form.invalidUrl') : undefined;
  return (
    <div className="slides-editor">
      <ul className="link-list">
        {materials.map((m) => (
          <li key={m.id} className="button-row">
            <span lang="de">{m.title}</span>
            <ActionButton
              label={t('slides.remove', { title: m.title })}
              variant="danger"
              busy={remove.isPending}
              onClick={() => remove.mutate(m.id)}
            />
          </li>
        ))}
      </ul>
      <KolInputFile
        ref={fileField}
        _label={t('slides.file')}
        _hint={t('slides.fileHint')}
        _accept=".pdf,.pptx,.odp,application/pdf"
        _on={{ onChange: (_event: Event, value: unknown) => setFile((value as FileList | null)?.[0] ?? null) }}
      />
      <KolInputText _label={t('slides.title')} {...textField(title, setTitle)} />
      <div className="button-row">
        <ActionButton
          label={t('slides.upload')}
          variant="primary"
          disabled={!file}
          busy={upload.isPending}
          onClick={() => upload.mutate()}
        />
      </div>
      {upload.isError && <p role="alert">{errorMessage(upload.error, t)}</p>}
      {remove.isError && <p role="alert">{errorMessage(remove.error, t)}</p>}
      <KolInputText
        _label={t('slides.recording')}
        _type="url"
        {...textField(recording, setRecording)}
        _touched={Boolean(recordingError)}
        _msg={kolMsg(recordingError)}
      />
      <div className="button-row">
        <ActionButton
          label={t('slides.saveRecording')}
          variant="secondary"
          busy={saveRecording.isPending}
          onClick={() => saveRecording.mutate()}
        />
      </div>
      {saveRecording.isError && !recordingError && <p role="alert">{errorMessage(saveRecording.error, t)}</p>}
      <FormResult>{result}</FormResult>
    </div>
  );
}
