import { KolLink } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useRouterClick } from '../../../shared/ui/AppLink';

/**
 * An in-app link with an icon before its visible label. The label goes into KoliBri's light-DOM slot, so the
 * icon (aria-hidden) and the text render together and the text names the link.
 */
export function IconLink({ to, label, icon, className }: { to: string; label: string; icon: ReactNode; className?: string }) {
  const on = useRouterClick(to);
  return (
    <KolLink className={`multiline-link icon-link ${className ?? ''}`.trim()} _href={to} _label="" _on={on}>
      <span slot="expert" className="multiline-link__text icon-link__text">
        {icon}
        <span>{label}</span>
      </span>
    </KolLink>
  );
}
