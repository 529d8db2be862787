import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Material } from '../../../shared/api';
import { fileFormat } from '../../../shared/booth/fileFormat';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { saveBlob } from '../../../shared/ui/saveBlob';
import { formatBytes } from '../../../i18n/format';

/**
 * The files of a submission, each one to open: a file not yet published is behind the login, so it is
 * fetched with the reviewer's token and saved rather than linked.
 */
export function ReviewFiles({ materials }: { materials: Material[] }) {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);

  const open = async (material: Material) => {
    setFailure(null);
    try {
      saveBlob(await api.file(material.url), material.fileName);
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <section className="panel review-files">
      <KolHeading _label={t('review.files.heading')} _level={2} />
      {materials.length === 0 ? (
        <p className="empty-state">{t('review.files.none')}</p>
      ) : (
        <ul className="inline-links">
          {materials.map((material) => (
            <li key={material.id}>
              <KolButton
                _label={t('review.files.open', {
                  title: material.title,
                  file: material.fileName,
                  format: fileFormat(material.mediaType),
                  size: formatBytes(material.sizeBytes, i18n.language),
                })}
                _variant="secondary"
                _on={{ onClick: () => void open(material) }}
              />
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </section>
  );
}
