import { useState, type ReactNode } from 'react';

interface StarToggleProps {
  /** On (★) or off (☆). */
  pressed: boolean;
  /** Announce no pressed state (a button that asks to log in first). */
  stateless?: boolean;
  /** An accessible name in place of the visible text. */
  label?: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}

/**
 * A toggle button with a star (aria-pressed), e.g. "Auf die Merkliste". KoliBri's button has no pressed state,
 * so this one is a native button in the app's button style.
 */
export function StarToggle({ pressed, stateless = false, label, disabled, onClick, children }: StarToggleProps) {
  return (
    <button type="button" className="toggle-button" aria-pressed={stateless ? undefined : pressed} aria-label={label} disabled={disabled} onClick={onClick}>
      <span aria-hidden="true" className="toggle-button__icon">
        {pressed ? '★' : '☆'}
      </span>
      {children}
    </button>
  );
}

/**
 * The state of a {@link StarToggle} that shows a change at once: `toggle` flips it and saves it with `save`,
 * and flips it back when saving fails. `message` says what happened (`text(next, failed)`), for a status line.
 */
export function useOptimisticToggle(initial: boolean, save: (next: boolean) => Promise<unknown>, text: (next: boolean, failed: boolean) => string) {
  const [pressed, setPressed] = useState(initial);
  const [message, setMessage] = useState('');
  const toggle = () => {
    const next = !pressed;
    setPressed(next);
    save(next).then(
      () => setMessage(text(next, false)),
      () => {
        setPressed(!next);
        setMessage(text(next, true));
      },
    );
  };
  return { pressed, setPressed, message, toggle };
}
