import { KolButton, KolInputFile, KolInputText } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { kolMsg } from '../forms/kolMsg';
import { errorMessage } from '../forms/problemErrors';
import { brandingApi } from './branding';
import './texts';

/** An image of the fair as a form holds it: the stored image and its alternative text. */
export interface ImageChoice {
  imageId: number | null;
  url: string | null;
  alt: string;
}

interface ImageFieldProps {
  label: string;
  altLabel: string;
  value: ImageChoice;
  onChange: (value: ImageChoice) => void;
  /** Shown at the alternative text, e.g. when the server refused it. */
  altError?: string;
  /** Show the alternative text's error without a server answer (form sent). */
  touched?: boolean;
}

/**
 * Uploads a chosen image at once (checked by the server like every upload) and asks for its alternative text,
 * which is required while an image is set; a preview shows what was stored.
 */
export function ImageField({ label, altLabel, value, onChange, altError, touched = false }: ImageFieldProps) {
  const { t } = useTranslation();
  const upload = useMutation({
    mutationFn: (file: File) => brandingApi.uploadImage(file),
    onSuccess: (stored) => onChange({ ...value, imageId: stored.id, url: stored.url }),
  });
  const altMissing = value.imageId !== null && !value.alt.trim() ? t('speakerAdmin.photoAltHint') : undefined;
  const altMessage = altError ?? (touched ? altMissing : undefined);
  return (
    <div className="image-field">
      {value.url && <img className="image-field__preview" src={value.url} alt="" width={160} height={90} />}
      <KolInputFile
        _label={label}
        _accept="image/png,image/jpeg,image/webp,image/gif"
        _msg={kolMsg(upload.isError ? errorMessage(upload.error, t) : undefined)}
        _touched={upload.isError}
        _on={{
          onChange: (_event: Event, files: unknown) => {
            const chosen = (files as FileList | null)?.[0];
            if (chosen) upload.mutate(chosen);
          },
        }}
      />
      {value.imageId !== null && (
        <>
          <KolInputText
            _label={altLabel}
            _hint={t('speakerAdmin.photoAltHint')}
            _value={value.alt}
            _maxLength={300}
            _required
            _touched={Boolean(altMessage)}
            _msg={kolMsg(altMessage)}
            _on={{ onInput: (_event: Event, text: unknown) => onChange({ ...value, alt: String(text ?? '') }) }}
          />
          <KolButton
            _label={`${t('branding.remove')}: ${label}`}
            _variant="tertiary"
            _on={{ onClick: () => onChange({ imageId: null, url: null, alt: '' }) }}
          />
        </>
      )}
    </div>
  );
}
