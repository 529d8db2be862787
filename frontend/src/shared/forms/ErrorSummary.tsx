import { KolLink } from '@public-ui/react-v19';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryEntry {
  path: string;
  label: string;
  message: string;
}

interface ErrorSummaryProps {
  entries: SummaryEntry[];
  onSelect: (path: string) => void;
}

/**
 * The list of problems at the top of a form, each linking to its field. It receives the focus after
 * a failed save, so screen readers read it first and Tab continues into the links.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ entries, onSelect }, ref) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="group" aria-labelledby="error-summary-title">
      <p id="error-summary-title" className="error-summary__title">
        {t('form.errorSummary', { count: entries.length })}
      </p>
      <ul>
        {entries.map((entry, index) => (
          <li key={`${entry.path}-${index}`}>
            <KolLink
              _href={`#${entry.path}`}
              _label={`${entry.label}: ${entry.message}`}
              _on={{
                onClick: (event: Event) => {
                  // KoliBri reports every keypress on the link; only Enter activates it.
                  if (event.type === 'keypress' && (event as KeyboardEvent).key !== 'Enter') return;
                  onSelect(entry.path);
                },
              }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
});
