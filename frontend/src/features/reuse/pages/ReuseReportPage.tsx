import { KolButton, KolHeading, KolSelect } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../../shared/auth/access';
import { AdminAreaPage } from '../../../shared/auth/AdminAreaPage';
import { useEditions } from '../../../shared/edition/EditionContext';
import { Feedback } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { useFormAction } from '../../../shared/forms/useFormAction';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { saveBlob } from '../../../shared/ui/saveBlob';
import { reuseApi, type ReuseReport, type ReuseReportRow } from '../api';
import '../reuse.css';
import '../../../i18n/reuseTexts';
import { textField } from '../../../shared/forms/textField';
import '../../../i18n/adminTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';
import { Fact } from '../../../shared/ui/Fact';

const DIMENSIONS = ['byRegion', 'byTopicField', 'byEventDay'] as const;

/**
 * The organiser's view of reuse (admins): per host region, topic field and event day of an edition the services
 * shown, reuse requests, agreements, adoptions and the median days from request to adoption, with the CSV.
 */
export function ReuseReportPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const editions = useEditions();
  const [picked, setPicked] = useState('');
  const edition = picked || editions.data?.find((e) => e.current)?.slug || '';
  const report = useApiQuery(['reuse-report', edition], (o) => reuseApi.report(edition, o), {
    enabled: access === 'granted' && edition !== '',
  });
  const { message, failure, run } = useFormAction();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const days = (value: number | null) =>
    value === null ? t('reuse.report.noAdoption') : t('reuse.report.days', { count: value, formatted: value.toLocaleString(i18n.language, { maximumFractionDigits: 1 }) });

  const download = () =>
    run(async () => {
      const file = `nachnutzung-bericht-${edition}.csv`;
      saveBlob(await reuseApi.reportCsv(edition), file);
      return t('reuse.report.downloaded', { file });
    }, (error) => errorMessage(error, t));

  const table = (dimension: (typeof DIMENSIONS)[number], data: ReuseReport) => (
    <section key={dimension} className="panel admin-section" aria-labelledby={`report-${dimension}`}>
      <div className="table-scroll">
        <table className="data-table">
          <caption id={`report-${dimension}`}>{t(`reuse.report.${dimension}`)}</caption>
          <ColumnHeads
            columns={[
              t(`reuse.report.key.${dimension}`),
              t('reuse.report.services'),
              t('reuse.report.requests'),
              t('reuse.report.agreements'),
              t('reuse.report.adoptions'),
              t('reuse.report.median'),
            ]}
          />
          <tbody>
            {data[dimension].map((row: ReuseReportRow) => (
              <tr key={row.key}>
                {/* "-": services and requests without a region, topic field or event day */}
                <th scope="row">{row.key === '-' ? t(`reuse.report.none.${dimension}`) : row.label}</th>
                <td>{number(row.services)}</td>
                <td>{number(row.requests)}</td>
                <td>{number(row.agreements)}</td>
                <td>{number(row.adoptions)}</td>
                <td>{days(row.medianDaysToAdoption)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data[dimension].length === 0 && <p>{t('reuse.report.empty')}</p>}
    </section>
  );

  const data = report.data;
  return (
    <AdminAreaPage access={access} title={t('reuse.report.pageTitle')} className="page--reuse-report">
      <p>{t('reuse.report.intro')}</p>
      <div className="panel admin-section">
        {(editions.data?.length ?? 0) > 1 && (
          <KolSelect
            _label={t('reuse.report.edition')}
            _options={(editions.data ?? []).map((e) => ({ label: e.title, value: e.slug }))}
            {...textField(edition, setPicked)}
          />
        )}
        <div className="button-row">
          <KolButton _label={t('reuse.report.csv')} _variant="secondary" _disabled={!data} _on={{ onClick: () => void download() }} />
        </div>
        <Feedback message={message} failure={failure} />
      </div>
      <QueryStatus query={report} />
      {data && (
        <>
          <section className="panel admin-section" aria-labelledby="report-total">
            <KolHeading _label={t('reuse.report.total')} _level={2} id="report-total" />
            <dl className="facts facts--compact reuse-report__total">
              <Fact label={t('reuse.report.services')}>{number(data.total.services)}</Fact>
              <Fact label={t('reuse.report.requests')}>{number(data.total.requests)}</Fact>
              <Fact label={t('reuse.report.agreements')}>{number(data.total.agreements)}</Fact>
              <Fact label={t('reuse.report.adoptions')}>{number(data.total.adoptions)}</Fact>
              <Fact label={t('reuse.report.median')}>{days(data.total.medianDaysToAdoption)}</Fact>
            </dl>
          </section>
          {DIMENSIONS.map((dimension) => table(dimension, data))}
        </>
      )}
    </AdminAreaPage>
  );
}
