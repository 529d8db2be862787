import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ActionButton } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { saveBlob } from '../../../shared/ui/saveBlob';
import { exportFile, privacyApi, rowCount, type Consent, type ExportRow, type PersonalDataExport } from '../api';
import '../../../i18n/privacyTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';

function formatValue(value: ExportRow[string], language: string): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? '✓' : '–';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return new Date(value).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
  }
  return String(value);
}

/** One section of an area as a table: its columns are the columns of the rows. */
function SectionTable({ label, rows }: { label: string; rows: ExportRow[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p className="empty-state">{t('privacy.myData.noRows')}</p>;
  const columns = Object.keys(rows[0]);
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{label}</caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column} className="pre-line">
                  {formatValue(row[column], i18n.language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Summary({ data }: { data: PersonalDataExport }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="privacy-section" aria-labelledby="privacy-profile">
        <KolHeading _label={t('privacy.myData.profile')} _level={2} id="privacy-profile" />
        <dl className="privacy-profile">
          <dt>{t('privacy.myData.username')}</dt>
          <dd>{data.profile.username}</dd>
          <dt>{t('privacy.myData.name')}</dt>
          <dd>{data.profile.name ?? '–'}</dd>
          <dt>{t('privacy.myData.email')}</dt>
          <dd>{data.profile.email ?? '–'}</dd>
          <dt>{t('privacy.myData.organisation')}</dt>
          <dd>{data.profile.organisation ?? '–'}</dd>
          <dt>{t('privacy.myData.roles')}</dt>
          <dd>{data.profile.roles.join(', ')}</dd>
        </dl>
      </section>
      {Object.entries(data.areas).map(([area, sections]) => (
        <section key={area} className="privacy-section">
          <KolHeading
            _label={t('privacy.myData.areaHeading', {
              area: t(`privacy.areas.${area}`, { defaultValue: area }),
              count: rowCount(sections),
            })}
            _level={2}
          />
          {Object.entries(sections).map(([section, rows]) => {
            const label = t(`privacy.sections.${section}`, { defaultValue: section });
            return (
              <div key={section} className="privacy-subsection">
                <KolHeading _label={`${label} (${rows.length})`} _level={3} />
                <SectionTable label={label} rows={rows} />
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}

function ConsentList({ consents, onWithdraw, busy }: { consents: Consent[]; onWithdraw: (c: Consent) => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  if (consents.length === 0) return <p className="empty-state">{t('privacy.consents.none')}</p>;
  return (
    <ul className="privacy-consents">
      {consents.map((consent) => (
        <li key={consent.id}>
          <p>
            <strong>{t(`privacy.consents.purpose.${consent.purpose}`)}</strong>
            {consent.subject ? ` (${consent.subject})` : ''} ·{' '}
            {t('privacy.consents.given', {
              date: new Date(consent.givenAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
              version: consent.textVersion,
            })}
            {consent.withdrawnAt &&
              ` · ${t('privacy.consents.withdrawnAt', {
                date: new Date(consent.withdrawnAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
              })}`}
          </p>
          {!consent.withdrawnAt && (
            <ActionButton label={t('privacy.consents.withdraw')} variant="secondary" busy={busy} onClick={() => onWithdraw(consent)} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Meine Daten": the export as a file and as a readable summary, the consents, and the way to delete the account. */
export function MyDataPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const queryClient = useQueryClient();
  const data = useApiQuery(['privacy', 'export'], (o) => privacyApi.exportData(o.signal), { enabled: access === 'granted' });
  const consents = useApiQuery(['privacy', 'consents'], (o) => privacyApi.consents(o.signal), { enabled: access === 'granted' });
  const [status, setStatus] = useState('');
  const withdraw = useMutation({
    mutationFn: (consent: Consent) => privacyApi.withdrawConsent(consent.id),
    onSuccess: (consent) => {
      setStatus(t('privacy.consents.withdrawn', { purpose: t(`privacy.consents.purpose.${consent.purpose}`) }));
      void queryClient.invalidateQueries({ queryKey: ['privacy'] });
    },
    onError: (error) => setStatus(errorMessage(error, t)),
  });

  const download = () => {
    if (!data.data) return;
    const file = exportFile(data.data);
    saveBlob(file.blob, file.name);
    setStatus(t('privacy.myData.downloaded', { file: file.name }));
  };

  return (
    <ProtectedPage access={access} title={t('privacy.myData.pageTitle')} className="page--privacy">
      <p className="lead">{t('privacy.myData.intro')}</p>
      <div className="button-row">
        <KolButton
          _label={t('privacy.myData.download')}
          _variant="primary"
          _disabled={!data.data}
          _on={{ onClick: download }}
        />
        <AppLink to="/meine-daten/konto-loeschen" label={t('privacy.myData.deleteLink')} variant="secondary" />
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      <section className="privacy-section" aria-labelledby="privacy-consents">
        <KolHeading _label={t('privacy.consents.heading')} _level={2} id="privacy-consents" />
        <p>{t('privacy.consents.intro')}</p>
        {consents.isError && <ApiErrorAlert error={consents.error} onRetry={() => void consents.refetch()} />}
        {consents.data && (
          <ConsentList consents={consents.data} busy={withdraw.isPending} onWithdraw={(c) => withdraw.mutate(c)} />
        )}
      </section>
      {data.isPending && <p className="status-line">{t('common.loading')}</p>}
      {data.isError && <ApiErrorAlert error={data.error} onRetry={() => void data.refetch()} />}
      {data.data && <Summary data={data.data} />}
    </ProtectedPage>
  );
}
