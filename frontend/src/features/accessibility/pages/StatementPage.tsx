import { KolHeading, KolLink } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { formatDate } from '../../../i18n/format';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { accessibilityApi } from '../api';
import '../../../i18n/accessibilityTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/** The Erklärung zur Barrierefreiheit, rendered from what the admins maintain, in the reader's language. */
export function StatementPage() {
  const { t, i18n } = useTranslation();
  const title = t('a11y.statement.pageTitle');
  useDocumentTitle(title);
  const statement = useApiQuery(['accessibility', 'statement', i18n.language], accessibilityApi.statement);
  const s = statement.data;
  const missing = statement.error instanceof ApiError && statement.error.isNotFound;

  return (
    <div className="page page--legal page--statement">
      <PageHeading>{title}</PageHeading>
      {statement.isPending && (
        <p role="status" className="status-line">
          {t('common.loading')}
        </p>
      )}
      {missing && (
        <>
          <p>{t('a11y.statement.missing')}</p>
          <p>
            <AppLink to="/barriere-melden" label={t('a11y.statement.reportLink')} />
          </p>
        </>
      )}
      {statement.isError && !missing && <ApiErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />}
      {s && (
        <>
          <p className="lead">{s.bodyName}</p>
          <section className="legal-section">
            <KolHeading _label={t('a11y.statement.scopeHeading')} _level={2} />
            <p className="pre-line">{s.scope}</p>
          </section>
          <section className="legal-section">
            <KolHeading _label={t('a11y.statement.statusHeading')} _level={2} />
            <p>{t('a11y.statement.status', { standard: s.standard, compliance: t(`a11y.compliance.${s.compliance}`) })}</p>
          </section>
          <section className="legal-section">
            <KolHeading _label={t('a11y.statement.nonAccessibleHeading')} _level={2} />
            {s.nonAccessible.length === 0 ? (
              <p>{t('a11y.statement.noneListed')}</p>
            ) : (
              <ul className="statement-parts">
                {s.nonAccessible.map((part) => (
                  <li key={part.part}>
                    <strong>{part.part}</strong>
                    <p>
                      {t('a11y.statement.reason')}: {part.reason}
                    </p>
                    {part.alternative && (
                      <p>
                        {t('a11y.statement.alternative')}: {part.alternative}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="legal-section">
            <KolHeading _label={t('a11y.statement.preparationHeading')} _level={2} />
            <p>
              {t('a11y.statement.prepared', { date: formatDate(s.preparedOn, i18n.language) })}{' '}
              {t('a11y.statement.method', { method: t(`a11y.method.${s.method}`) })}{' '}
              {t('a11y.statement.reviewed', { date: formatDate(s.lastReviewedOn, i18n.language) })}
            </p>
          </section>
          <section className="legal-section">
            <KolHeading _label={t('a11y.statement.feedbackHeading')} _level={2} />
            <p>{t('a11y.statement.feedbackText', { days: s.answerDays })}</p>
            <p>
              <AppLink to="/barriere-melden" label={t('a11y.statement.reportLink')} variant="primary" />
            </p>
            <p>{t('a11y.statement.contact', { name: s.contactName })}</p>
            <ul>
              <li>
                {t('a11y.statement.email')}: <KolLink _href={`mailto:${s.contactEmail}`} _label={s.contactEmail} />
              </li>
              {s.contactPhone && (
                <li>
                  {t('a11y.statement.phone')}: {s.contactPhone}
                </li>
              )}
            </ul>
          </section>
          <section className="legal-section">
            <KolHeading _label={t('a11y.statement.enforcementHeading')} _level={2} />
            <p className="pre-line">{s.enforcementText}</p>
            <p>
              <strong>{s.enforcementName}</strong>
            </p>
            <ul>
              <li>
                {t('a11y.statement.email')}: <KolLink _href={`mailto:${s.enforcementEmail}`} _label={s.enforcementEmail} />
              </li>
              <li>
                <KolLink _href={s.enforcementUrl} _label={t('a11y.statement.enforcementWeb')} _target="_blank" />
              </li>
            </ul>
          </section>
          <p>
            <AppLink to="/leichte-sprache/erklaerung" label={t('a11y.statement.easyLanguageLink')} />
          </p>
        </>
      )}
    </div>
  );
}
