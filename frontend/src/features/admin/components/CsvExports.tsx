import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api';
import { saveBlob } from '../../../shared/ui/saveBlob';
import { Feedback } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { useFormAction } from '../../../shared/forms/useFormAction';
import '../../../i18n/adminTexts';

const EXPORTS = [
  { key: 'booths', path: '/api/admin/exports/booths.csv', file: 'staende.csv' },
  { key: 'services', path: '/api/admin/exports/services.csv', file: 'nachnutzungsangebote.csv' },
] as const;

/** The exports need the bearer token, so they are fetched and then saved as files. */
export function CsvExports() {
  const { t } = useTranslation();
  const { message, failure, run } = useFormAction();

  const download = (path: string, file: string) =>
    run(async () => {
      saveBlob(await api.file(path), file);
      return t('admin.exports.done', { file });
    }, (error) => errorMessage(error, t));

  return (
    <>
      <div className="button-row">
        {EXPORTS.map((e) => (
          <KolButton
            key={e.key}
            _label={t(`admin.exports.${e.key}`)}
            _variant="secondary"
            _on={{ onClick: () => void download(e.path, e.file) }}
          />
        ))}
      </div>
      <Feedback message={message} failure={failure} />
    </>
  );
}
