import { KolButton, KolHeading, KolInputCheckbox, KolInputFile, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../shared/api';
import { editorApi } from '../api/editor';
import { formatBytes } from '../../../i18n/format';
import { fileFormat } from '../../../shared/booth/fileFormat';
import { useLabels } from '../../../shared/booth/labels';
import { LIMITS, move, toggleMaterial } from '../contentForm';
import type { SectionProps } from './sections';
import { textField } from '../../../shared/forms/textField';
import { ActionButton, Feedback } from '../../../shared/forms/Feedback';
import { formBinder } from './textBinder';
import { UploadProgressBar, uploadFailure, useFileUpload } from './fileUpload';
import '../../../i18n/editorTexts';

/** The API refuses larger files with 413; checking first saves the wait. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** The booth's two pictures chosen from the uploaded images, each with its alternative text. */
const IMAGE_SLOTS = ['logo', 'banner'] as const;

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

export function MaterialsSection({ form, update, field, disabled, slug, uploaded, onUploaded, focusLater }: MaterialsSectionProps) {
  const { t, i18n } = useTranslation();
  const { materialKindName } = useLabels();
  const [title, setTitle] = useState('');
  const { file, touched, upload, uploading, start, fileField } = useFileUpload();

  const fileError = !file
    ? t('editor.materials.fileRequired')
    : file.size > MAX_UPLOAD_BYTES
      ? t('editor.materials.tooLarge', { size: formatBytes(file.size, i18n.language) })
      : undefined;
  const titleError = !title.trim() ? t('editor.materials.titleRequired') : undefined;

  const send = () =>
    start(
      !fileError && !titleError,
      (chosen, onProgress) => editorApi.uploadMaterial(slug, chosen, title.trim(), onProgress),
      (material, fileName) => {
        onUploaded(material);
        // An upload is meant to be seen: the booth shows it at once (the box below takes it off again)
        update((f) =>
          f.materials.length < LIMITS.materials ? { ...f, materials: toggleMaterial(f.materials, material, true) } : f,
        );
        setTitle('');
        return fileName;
      },
    );

  const shown = new Set(form.materials.map((m) => m.id));
  const images = uploaded.filter((m) => m.kind === 'image');
  const imageOptions = [
    { label: t('editor.materials.noImage'), value: '' },
    ...images.map((m) => ({ label: `${m.title} (${m.fileName})`, value: String(m.id) })),
  ];
  const bind = formBinder({ form, update, field });
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
          _label={t('editor.materials.file')}
          _hint={t('editor.materials.fileHint')}
          _accept={ACCEPTED_FILES}
          _required
          {...fileField({
            disabled,
            error: fileError,
            onChosen: (chosen) => {
              if (chosen && !title.trim()) setTitle(titleFromFileName(chosen.name));
            },
          })}
        />
        <KolInputText
          _label={t('editor.materials.title')}
          _required
          _maxLength={200}
          _disabled={disabled || uploading}
          {...textField(title, setTitle, { touched, error: touched ? titleError : undefined })}
        />
        <ActionButton label={t('editor.materials.upload')} variant="secondary" disabled={disabled} busy={uploading} onClick={send} />
        <UploadProgressBar upload={upload} label={(file) => t('editor.materials.progress', { file })} />
        <Feedback message={status} failure={uploadFailure(upload)} />
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
        {IMAGE_SLOTS.map((slot) => (
          <KolSelect key={slot} {...bind(`${slot}Id`)} _label={t(`editor.field.${slot}Id`)} _options={imageOptions} />
        ))}
      </div>
      {IMAGE_SLOTS.some((slot) => form[`${slot}Id`] !== '') && (
        <div className="field-row">
          {IMAGE_SLOTS.filter((slot) => form[`${slot}Id`] !== '').map((slot) => (
            <KolInputText
              key={slot}
              {...bind(`${slot}Alt`)}
              _label={t(`editor.field.${slot}Alt`)}
              _hint={t('editor.field.imageAltHint')}
              _required
              _maxLength={300}
            />
          ))}
        </div>
      )}
    </section>
  );
}
