import { KolButton } from '@public-ui/react-v19';
import { useRef, type ReactNode } from 'react';
import { busyButton, useIgnoreSubmitWhileBusy } from './busy';

// Imported from here, so that the helpers travel in this module's chunk (the start page's chunk map stays as it is)
export { busyButton, whenIdle } from './busy';

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

type SubmitProps = {
  label: string;
  busy?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
  /** For a real reason only (nothing to send yet, editing closed), never for "busy". */
  disabled?: boolean;
};

/**
 * The submit button of a form. While the form is sending it stays enabled, so that it keeps the keyboard focus,
 * and the form ignores further submissions (`busy.ts`).
 */
export function SubmitButton({ label, busy = false, variant = 'primary', disabled }: SubmitProps) {
  const button = useRef<HTMLKolButtonElement>(null);
  useIgnoreSubmitWhileBusy(button, busy);
  return <KolButton ref={button} _label={label} _type="submit" _variant={variant} _disabled={disabled} {...busyButton(busy)} />;
}

/** The submit button of a form, in its button row. */
export function SubmitRow(props: SubmitProps) {
  return (
    <div className="button-row">
      <SubmitButton {...props} />
    </div>
  );
}
