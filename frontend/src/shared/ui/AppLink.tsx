import { KolLink, KolLinkButton } from '@public-ui/react-v19';
import { useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useEdition } from '../edition/EditionContext';
import { withEdition } from '../edition/paths';

interface AppLinkProps {
  to: string;
  label: string;
  /** Shown as a button-like call to action (KolLinkButton) instead of a text link. */
  variant?: 'primary' | 'secondary';
  /**
   * For labels that may wrap: the theme sets line-height 1 on links, so the text goes into KoliBri's
   * "expert" slot (light DOM), where the app's CSS gives it normal line spacing.
   */
  multiline?: boolean;
  className?: string;
  /** Shown after the label inside the link (e.g. an unread count); part of the link's name. */
  after?: ReactNode;
  /** The address as given, without the edition of the page (for links into another edition). */
  exact?: boolean;
}

/**
 * The `_on` of a KoliBri link that lets the router navigate to `to`. KoliBri cancels the browser's own
 * navigation as soon as `_on.onClick` is set; with a modifier key the link opens in a new tab as a plain
 * link would.
 */
export function useRouterClick(to: string) {
  const navigate = useNavigate();
  return useMemo(
    () => ({
      onClick: (event: Event) => {
        // KoliBri also calls this for every keypress on the link; only Enter activates a link.
        if (event.type === 'keypress' && (event as KeyboardEvent).key !== 'Enter') return;
        const mouse = event as MouseEvent;
        if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey) {
          window.open(to, '_blank', 'noopener');
          return;
        }
        navigate(to);
      },
    }),
    [navigate, to],
  );
}

/**
 * A KoliBri link that navigates inside the SPA ({@link useRouterClick}). On a page of an edition, links to
 * pages of an edition keep its prefix (shared/edition).
 */
export function AppLink({ to: path, label, variant, multiline = false, className, after, exact = false }: AppLinkProps) {
  // Inside a page of an edition (/2025/…) its links stay in that edition
  const routeSlug = useEdition().routeSlug;
  const to = exact ? path : withEdition(path, routeSlug);
  const on = useRouterClick(to);
  if (variant) {
    return <KolLinkButton className={className} _href={to} _label={label} _on={on} _variant={variant} />;
  }
  if (multiline || after) {
    return (
      <KolLink className={`multiline-link ${className ?? ''}`.trim()} _href={to} _label="" _on={on}>
        <span slot="expert" className="multiline-link__text">
          {label}
          {after}
        </span>
      </KolLink>
    );
  }
  return <KolLink className={className} _href={to} _label={label} _on={on} />;
}

/** The link back to the page above (the admin overview, the booth), in its own line at the top of a page. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <AppLink to={to} label={label} />
    </p>
  );
}
