import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { formatDate } from '../../../i18n/format';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { accessibilityApi } from '../api';
import { ReportQueue } from '../components/ReportQueue';
import { SignVideoForm } from '../components/SignVideoForm';
import { StatementEditor } from '../components/StatementEditor';
import '../../../i18n/accessibilityTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';

function todayInBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** The admins' page of the accessibility duties: what is due, the report queue and the statement. */
export function AdminAccessibilityPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const granted = access === 'granted';
  const { me } = useCurrentUser();
  const overview = useApiQuery(['accessibility', 'overview'], accessibilityApi.overview, { enabled: granted });
  const statement = useApiQuery(['accessibility', 'admin-statement'], accessibilityApi.adminStatement, {
    enabled: granted,
    retry: false,
  });
  const noStatement = statement.error instanceof ApiError && statement.error.isNotFound;
  const o = overview.data;
  const review = o?.review;

  return (
    <ProtectedPage access={access} title={t('a11y.admin.pageTitle')} className="page--admin">
      <section className="admin-section panel">
        <KolHeading _label={t('a11y.admin.overviewHeading')} _level={2} />
        {overview.isError && <ApiErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
        {o && (
          <>
            {!o.statementPublished && (
              <KolAlert _type="warning" _variant="card" _level={0}>
                {t('a11y.admin.noStatement')}
              </KolAlert>
            )}
            {review && (review.reminder || review.overdue) && (
              <KolAlert _type={review.overdue ? 'error' : 'warning'} _variant="card" _level={0}>
                {t(review.overdue ? 'a11y.admin.reviewOverdue' : 'a11y.admin.reviewDue', {
                  date: formatDate(review.dueOn, i18n.language),
                })}
              </KolAlert>
            )}
            {review && !review.reminder && !review.overdue && (
              <p>{t('a11y.admin.reviewOk', { date: formatDate(review.dueOn, i18n.language) })}</p>
            )}
            <p role="status">
              {t('a11y.admin.openReports', { count: o.openReports })}, {t('a11y.admin.overdueReports', { count: o.overdueReports })}
            </p>
          </>
        )}
        <p>
          <AppLink to="/barrierefreiheit" label={t('a11y.admin.statementLink')} />
        </p>
      </section>
      {granted && <ReportQueue username={me?.username ?? ''} />}
      <section id="erklaerung" className="admin-section panel">
        <KolHeading _label={t('a11y.admin.statementHeading')} _level={2} />
        {statement.isError && !noStatement && <ApiErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />}
        {(statement.data || noStatement) && (
          <StatementEditor key={statement.data?.version ?? 'new'} statement={statement.data} today={todayInBerlin()} />
        )}
      </section>
      {granted && <SignVideoForm />}
    </ProtectedPage>
  );
}
