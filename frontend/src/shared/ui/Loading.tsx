import { useTranslation } from 'react-i18next';

/** "Wird geladen …" (or another text) in a status line that screen readers announce. */
export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="status-line">
      {text ?? t('common.loading')}
    </p>
  );
}
