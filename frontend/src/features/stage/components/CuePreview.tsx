import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '../../../shared/api/client';
import type { Cue } from '../api/programme';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';

/** The captions as a table (from, to, text) before they are saved. */
export function CuePreview({ cues }: { cues: Cue[] }) {
  const { t } = useTranslation();
  return (
    <table className="cue-preview">
      <caption>{t('captions.preview.caption', { count: cues.length })}</caption>
      <ColumnHeads columns={[t('captions.preview.from'), t('captions.preview.to'), t('captions.preview.text')]} />
      <tbody>
        {cues.map((cue, index) => (
          <tr key={`${cue.startMillis}-${index}`}>
            <td>
              <time>{cue.start}</time>
            </td>
            <td>
              <time>{cue.end}</time>
            </td>
            <td lang="de">{cue.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What is wrong with the captions, line by line, as the server found it. */
export function CueErrors({ errors }: { errors: NonNullable<ProblemDetail['errors']> }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="cue-errors">
      <p>{t('captions.preview.errors')}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            {error.line ? t('captions.preview.line', { line: error.line, message: error.message }) : error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
