import { KolButton } from '@public-ui/react-v19';
import { useRef, type ReactNode } from 'react';
import { busyButton, useIgnoreSubmitWhileBusy, whenIdle } from './busy';

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

/**
 * A button that starts an action (usually a mutation) outside a form's submit: busy while the action runs, when it
 * keeps the focus and ignores further clicks (`busy.ts`).
 */
export function ActionButton({ label, variant, busy, onClick, disabled }: {
  label: string;
  variant: 'primary' | 'secondary' | 'tertiary' | 'danger' | 'ghost';
  busy: boolean;
  onClick: () => unknown;
  /** For a real reason only (nothing to act on, no right), never for "busy". */
  disabled?: boolean;
}) {
  return (
    <KolButton
      _label={label}
      _variant={variant}
      {...(disabled === undefined ? {} : { _disabled: disabled })}
      {...busyButton(busy)}
      _on={{ onClick: whenIdle(busy, onClick) }}
    />
  );
}

/** The submit button of a form, in its button row. */
export function SubmitRow(props: SubmitProps) {
  return (
    <div className="button-row">
      <SubmitButton {...props} />
    </div>
  );
}
