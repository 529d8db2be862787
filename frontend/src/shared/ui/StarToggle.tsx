import type { ReactNode } from 'react';

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
