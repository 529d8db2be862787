import { KolButton, KolInputFile, KolSelect } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { programmeApi, type ImportError, type ImportFormat, type ImportReport } from '../api/programme';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { ActionButton, busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';

/** The format a file most likely has, by its name: ".csv" is CSV, anything else the pretalx JSON export. */
export function formatOfFile(name: string): ImportFormat {
  return /\.csv$/i.test(name) ? 'csv' : 'pretalx';
}

/** The import problems of a failed check, by line (CSV) or entry (pretalx). */
export function importErrors(error: unknown): ImportError[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  return (error.problem.errors ?? []) as ImportError[];
}

/**
 * Upload a pretalx schedule export or a CSV, check it (nothing is stored), see the problems by line and
 * field or what would change, then apply it in one go. Applying needs a clean check of the same file.
 */
export function ImportForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [format, setFormat] = useState<ImportFormat>('pretalx');
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [touched, setTouched] = useState(false);

  const run = useMutation({
    mutationFn: (dryRun: boolean) => programmeApi.importProgramme(format, dryRun, text ?? ''),
    onSuccess: (report) => {
      if (report.dryRun) {
        setChecked(report);
      } else {
        setApplied(report);
        setChecked(null);
        void queryClient.invalidateQueries({ queryKey: ['talks'] });
      }
    },
    onError: () => setChecked(null),
  });
  const problems = importErrors(run.error);
  const fileError = touched && text === null ? t('import.fileRequired') : undefined;

  return (
    <div className="import">
      <p>{t('import.intro')}</p>
      <KolInputFile
        _label={t('import.file')}
        _hint={t('import.fileHint')}
        _accept=".json,.csv,application/json,text/csv"
        _required
        _touched={touched}
        _msg={kolMsg(fileError)}
        _on={{
          onChange: (_event: Event, value: unknown) => {
            const file = (value as FileList | null)?.[0];
            setChecked(null);
            setApplied(null);
            run.reset();
            if (!file) {
              setText(null);
              return;
            }
            setFileName(file.name);
            setFormat(formatOfFile(file.name));
            void file.text().then(setText);
          },
        }}
      />
      <KolSelect
        _label={t('import.format')}
        _options={[
          { label: t('import.formats.pretalx'), value: 'pretalx' },
          { label: t('import.formats.csv'), value: 'csv' },
        ]}
        _value={format}
        _on={{
          onInput: (_event: Event, value: unknown) => {
            setFormat(String(value) as ImportFormat);
            setChecked(null);
          },
        }}
      />
      <div className="button-row">
        <KolButton
          _label={t('import.check')}
          _variant="secondary"
          {...busyButton(run.isPending)}
          _on={{
            onClick: whenIdle(run.isPending, () => {
              setTouched(true);
              setApplied(null);
              if (text !== null) run.mutate(true);
            }),
          }}
        />
        <ActionButton
          label={t('import.apply')}
          variant="primary"
          disabled={!checked}
          busy={run.isPending}
          onClick={() => run.mutate(false)}
        />
      </div>
      <div role="status" className="import__result">
        {checked && (
          <p>
            {t('import.checked', { file: fileName, count: checked.talks, created: checked.created, updated: checked.updated })}
          </p>
        )}
        {applied && <p>{t('import.applied', { count: applied.talks, created: applied.created, updated: applied.updated })}</p>}
        {(checked ?? applied)?.overlaps.length ? (
          <p>{t('import.overlaps', { count: (checked ?? applied)!.overlaps.length })}</p>
        ) : null}
      </div>
      {run.isError && (
        <div role="alert" className="import__errors">
          <p>{problems.length > 0 ? t('import.failed', { count: problems.length }) : errorMessage(run.error, t)}</p>
          {problems.length > 0 && (
            <table className="data-table">
              <caption className="visually-hidden">{t('import.errorsCaption')}</caption>
              <ColumnHeads columns={[format === 'csv' ? t('import.line') : t('import.entry'), t('import.field'), t('import.message')]} />
              <tbody>
                {problems.map((p, index) => (
                  <tr key={index}>
                    <td>{p.line ?? '–'}</td>
                    <td>{p.field ?? '–'}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
