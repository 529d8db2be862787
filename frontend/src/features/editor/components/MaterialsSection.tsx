import { KolButton, KolHeading, KolInputCheckbox, KolInputFile, KolInputText, KolProgress, KolSelect } from '@public-ui/react-v19';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material, UploadProgress } from '../../../shared/api';
import { editorApi } from '../api/editor';
import { formatBytes } from '../../../i18n/format';
import { fileFormat } from '../../../shared/booth/fileFormat';
import { useLabels } from '../../../shared/booth/labels';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { LIMITS, move, toggleMaterial } from '../contentForm';
import type { SectionProps } from './sections';
import { textField } from '../../../shared/forms/textField';
import { busyButton, whenIdle } from '../../../shared/forms/Feedback';
import '../../../i18n/editorTexts';

/** The API refuses larger files with 413; checking first saves the wait. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.webp,.gif,.pptx,.odp';

interface MaterialsSectionProps extends SectionProps {
  slug: string;
  uploaded: Material[];
  onUploaded: (material: Material) => void;
}

/** A title from a file name: "Flyer_Umzug-2026.pdf" → "Flyer Umzug-2026". */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '').replace(/_+/g, ' ').trim();
}

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; progress: UploadProgress }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; message: string };

export function MaterialsSection({ form, update, field, disabled, slug, uploaded, onUploaded, focusLater }: MaterialsSectionProps) {
  const { t, i18n } = useTranslation();
  const { materialKindName } = useLabels();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [touched, setTouched] = useState(false);
  const [upload, setUpload] = useState<UploadState>({ phase: 'idle' });
  const fileInput = useRef<HTMLKolInputFileElement>(null);
  const uploading = upload.phase === 'uploading';

  const fileError = !file
    ? t('editor.materials.fileRequired')
    : file.size > MAX_UPLOAD_BYTES
      ? t('editor.materials.tooLarge', { size: formatBytes(file.size, i18n.language) })
      : undefined;
  const titleError = !title.trim() ? t('editor.materials.titleRequired') : undefined;

  const start = () => {
    setTouched(true);
    if (!file || fileError || titleError) return;
    const fileName = file.name;
    setUpload({ phase: 'uploading', fileName, progress: { loaded: 0, total: file.size, percent: 0 } });
    editorApi
      .uploadMaterial(slug, file, title.trim(), (progress) => setUpload({ phase: 'uploading', fileName, progress }))
      .then((material) => {
        onUploaded(material);
        // An upload is meant to be seen: the booth shows it at once (the box below takes it off again)
        update((f) =>
          f.materials.length < LIMITS.materials ? { ...f, materials: toggleMaterial(f.materials, material, true) } : f,
        );
        setUpload({ phase: 'done', fileName });
        setFile(null);
        setTitle('');
        setTouched(false);
        // Clears the chosen file name; the element method exists once KoliBri has loaded.
        void fileInput.current?.reset?.();
      })
      .catch((error: unknown) => setUpload({ phase: 'failed', message: errorMessage(error, t) }));
  };

  const shown = new Set(form.materials.map((m) => m.id));
  const images = uploaded.filter((m) => m.kind === 'image');
  const imageOptions = [
    { label: t('editor.materials.noImage'), value: '' },
    ...images.map((m) => ({ label: `${m.title} (${m.fileName})`, value: String(m.id) })),
  ];
  const byId = new Map(uploaded.map((m) => [m.id, m]));

  let status = '';
  if (upload.phase === 'uploading') status = t('editor.materials.uploading', { file: upload.fileName });
  if (upload.phase === 'done') status = t('editor.materials.uploaded', { file: upload.fileName });

  return (
    <section className="editor-section panel" data-field="materials" tabIndex={-1}>
      <KolHeading _label={t('editor.sections.materials')} _level={2} />

      <div className="upload-box">
        <KolHeading _label={t('editor.materials.uploadHeading')} _level={3} />
        <KolInputFile
          ref={fileInput}
          _label={t('editor.materials.file')}
          _hint={t('editor.materials.fileHint')}
          _accept={ACCEPTED_FILES}
          _required
          _disabled={disabled || uploading}
          _touched={touched}
          _msg={kolMsg(touched ? fileError : undefined)}
          _on={{
            onChange: (_event: Event, value: unknown) => {
              const chosen = (value as FileList | null)?.[0] ?? null;
              setFile(chosen);
              if (chosen && !title.trim()) setTitle(titleFromFileName(chosen.name));
            },
          }}
        />
        <KolInputText
          _label={t('editor.materials.title')}
          _required
          _maxLength={200}
          _disabled={disabled || uploading}
          {...textField(title, setTitle, { touched, error: touched ? titleError : undefined })}
        />
        <KolButton
          _label={t('editor.materials.upload')}
          _variant="secondary"
          _disabled={disabled}
          {...busyButton(uploading)}
          _on={{ onClick: whenIdle(uploading, start) }}
        />
        {upload.phase === 'uploading' && (
          <div className="upload-progress">
            <KolProgress
              _label={t('editor.materials.progress', { file: upload.fileName })}
              _value={upload.progress.percent}
              _max={100}
              _unit="%"
            />
          </div>
        )}
        <p role="status" className="status-line">
          {status}
        </p>
        {upload.phase === 'failed' && (
          <p role="alert" className="field-error">
            {upload.message}
          </p>
        )}
      </div>

      <KolHeading _label={t('editor.materials.uploadedHeading')} _level={3} />
      {uploaded.length === 0 ? (
        <p className="empty-state">{t('editor.materials.noneUploaded')}</p>
      ) : (
        <ul className="uploaded-list">
          {uploaded.map((material) => (
            <li key={material.id} className="uploaded-item">
              <KolInputCheckbox
                data-field={`material-${material.id}`}
                _label={t('editor.materials.show', { title: material.title })}
                _hint={t('editor.materials.meta', {
                  file: material.fileName,
                  kind: materialKindName(material.kind),
                  format: fileFormat(material.mediaType),
                  size: formatBytes(material.sizeBytes, i18n.language),
                })}
                _checked={shown.has(material.id)}
                _value={true}
                _disabled={disabled || (!shown.has(material.id) && form.materials.length >= LIMITS.materials)}
                _on={{
                  onInput: (_event: Event, value: unknown) =>
                    update((f) => ({ ...f, materials: toggleMaterial(f.materials, material, value === true) })),
                }}
              />
            </li>
          ))}
        </ul>
      )}

      <KolHeading _label={t('editor.materials.shownHeading')} _level={3} />
      {form.materials.length === 0 ? (
        <p className="empty-state">{t('editor.materials.noneShown')}</p>
      ) : (
        <ol className="shown-list">
          {form.materials.map((entry, index) => (
            <li key={entry.id} className="shown-item" data-field={`materials[${index}]`} tabIndex={-1}>
              <KolInputText
                {...field(`materials[${index}].title`)}
                _label={t('editor.materials.shownTitle', { n: index + 1 })}
                _hint={byId.get(entry.id)?.fileName ?? t('editor.materials.missing')}
                _required
                _value={entry.title}
                _on={{
                  onInput: (_event: Event, value: unknown) =>
                    update((f) => ({
                      ...f,
                      materials: f.materials.map((m, i) => (i === index ? { ...m, title: String(value ?? '') } : m)),
                    })),
                }}
              />
              <div className="button-row">
                <KolButton
                  _label={t('editor.materials.up', { n: index + 1 })}
                  _variant="tertiary"
                  _disabled={disabled || index === 0}
                  _on={{
                    onClick: () => {
                      update((f) => ({ ...f, materials: move(f.materials, index, -1) }));
                      focusLater(`materials[${index - 1}].title`);
                    },
                  }}
                />
                <KolButton
                  _label={t('editor.materials.down', { n: index + 1 })}
                  _variant="tertiary"
                  _disabled={disabled || index === form.materials.length - 1}
                  _on={{
                    onClick: () => {
                      update((f) => ({ ...f, materials: move(f.materials, index, 1) }));
                      focusLater(`materials[${index + 1}].title`);
                    },
                  }}
                />
              </div>
            </li>
          ))}
        </ol>
      )}

      <KolHeading _label={t('editor.materials.imagesHeading')} _level={3} />
      {images.length === 0 && <p className="field-hint">{t('editor.materials.noImages')}</p>}
      <div className="field-row">
        <KolSelect
          {...field('logoId')}
          _label={t('editor.field.logoId')}
          _options={imageOptions}
          _value={form.logoId}
          _on={{ onInput: (_event: Event, value: unknown) => update((f) => ({ ...f, logoId: String(value ?? '') })) }}
        />
        <KolSelect
          {...field('bannerId')}
          _label={t('editor.field.bannerId')}
          _options={imageOptions}
          _value={form.bannerId}
          _on={{ onInput: (_event: Event, value: unknown) => update((f) => ({ ...f, bannerId: String(value ?? '') })) }}
        />
      </div>
      {(form.logoId !== '' || form.bannerId !== '') && (
        <div className="field-row">
          {form.logoId !== '' && (
            <KolInputText
              {...field('logoAlt')}
              _label={t('editor.field.logoAlt')}
              _hint={t('editor.field.imageAltHint')}
              _required
              _maxLength={300}
              _value={form.logoAlt}
              _on={{ onInput: (_event: Event, value: unknown) => update((f) => ({ ...f, logoAlt: String(value ?? '') })) }}
            />
          )}
          {form.bannerId !== '' && (
            <KolInputText
              {...field('bannerAlt')}
              _label={t('editor.field.bannerAlt')}
              _hint={t('editor.field.imageAltHint')}
              _required
              _maxLength={300}
              _value={form.bannerAlt}
              _on={{ onInput: (_event: Event, value: unknown) => update((f) => ({ ...f, bannerAlt: String(value ?? '') })) }}
            />
          )}
        </div>
      )}
    </section>
  );
}
