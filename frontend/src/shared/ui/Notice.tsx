import { KolAlert } from '@public-ui/react-v19';
import type { ReactNode } from 'react';

interface NoticeProps {
  type: 'info' | 'warning' | 'error';
  /** A heading of the card, when it needs one. */
  label?: string;
  /** The heading level of the label; 0 for none. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Announce it at once (errors after an action). */
  alert?: boolean;
  children: ReactNode;
}

/**
 * A KoliBri alert in the page flow: rejection reasons, archive mode, failed actions. With a label it is a
 * card under a title bar; without one a message box (a card would show an empty title bar).
 */
export function Notice({ type, label, level = 0, alert, children }: NoticeProps) {
  return (
    <div className="form-notice">
      <KolAlert
        _type={type}
        _variant={label ? 'card' : 'msg'}
        _level={level}
        {...(label ? { _label: label } : {})}
        {...(alert ? { _alert: true } : {})}
      >
        {children}
      </KolAlert>
    </div>
  );
}
