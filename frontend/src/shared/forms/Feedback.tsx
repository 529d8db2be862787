import { KolButton } from '@public-ui/react-v19';
import type { ReactNode } from 'react';

/**
 * What came of a form's last action: a status line that stays in the page (so that screen readers
 * announce each new message) and, after a failure, an alert.
 */
export function Feedback({ message, failure }: { message: string; failure: string }) {
  return (
    <>
      <p role="status" className="status-line">
        {message}
      </p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </>
  );
}

/** The outcome of a form's last action ("Gesendet."), announced politely. */
export function FormResult({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="form-result">
      {children}
    </p>
  );
}

/** The submit button of a form, in its button row. */
export function SubmitRow({ label, busy = false, variant = 'primary' }: { label: string; busy?: boolean; variant?: 'primary' | 'secondary' }) {
  return (
    <div className="button-row">
      <KolButton _label={label} _type="submit" _variant={variant} _disabled={busy} />
    </div>
  );
}
