import { KolInputCheckbox } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffRow } from '../diff';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';
import { checkboxField } from '../../../shared/forms/checkboxField';

function Cell({ lines, label, field }: { lines: string[]; label: string; field: string }) {
  const { t } = useTranslation();
  const multiline = field === 'description';
  return (
    <td data-label={label}>
      {lines.length === 0 ? (
        <span className="muted">{t('review.empty')}</span>
      ) : lines.length === 1 ? (
        <span className={multiline ? 'pre-wrap' : 'pre-line'} lang="de">
          {lines[0]}
        </span>
      ) : (
        <ul className="diff-list" lang="de">
          {lines.map((line, index) => (
            <li key={index} className="pre-line">
              {line}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}

/**
 * Approved and proposed content side by side, one row per field. A changed row is marked by the word
 * "geändert" and a bar, not by colour alone; unchanged rows can be hidden.
 */
export function ReviewComparison({ rows, isNew }: { rows: DiffRow[]; isNew: boolean }) {
  const { t } = useTranslation();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const changed = rows.filter((r) => r.changed).length;
  const visible = onlyChanged ? rows.filter((r) => r.changed) : rows;
  const beforeLabel = isNew ? t('review.beforeNew') : t('review.before');
  const afterLabel = t('review.after');

  return (
    <div className="comparison">
      <p className="status-line">{t('review.changedCount', { count: changed, total: rows.length })}</p>
      <KolInputCheckbox
        _label={t('review.onlyChanged')}
        _variant="switch"
        {...checkboxField(onlyChanged, setOnlyChanged)}
      />
      <table className="comparison-table">
        <caption>{t('review.tableCaption')}</caption>
        <ColumnHeads columns={[t('review.field'), beforeLabel, afterLabel]} />
        <tbody>
          {visible.map((row) => (
            <tr key={row.field} className={row.changed ? 'is-changed' : undefined}>
              <th scope="row">
                {t(`review.fields.${row.field}`)}
                {row.changed && <span className="changed-marker">{t('review.changed')}</span>}
              </th>
              <Cell lines={row.before} label={beforeLabel} field={row.field} />
              <Cell lines={row.after} label={afterLabel} field={row.field} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
