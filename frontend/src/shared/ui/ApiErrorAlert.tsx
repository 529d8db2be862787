import { KolAlert, KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/** Turns a failed request into a short, translated message, with a retry button if given. */
export function ApiErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  let message = t('error.unexpected');
  if (error instanceof ApiError) {
    message = error.isNetworkError ? t('error.network') : t('error.generic', { status: error.status });
  }
  return (
    <div className="error-box">
      <KolAlert _alert _type="error" _variant="card" _label={t('error.title')} _level={0}>
        {message}
      </KolAlert>
      {onRetry && <KolButton _label={t('common.retry')} _variant="secondary" _on={{ onClick: onRetry }} />}
    </div>
  );
}
