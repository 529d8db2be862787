import { useLayoutEffect, type RefObject } from 'react';

/**
 * While its action runs, a button stays enabled: a disabled button drops the keyboard focus to the page
 * (WCAG 2.4.3 focus order, 2.4.7 focus visible). It ignores further clicks instead and tells assistive
 * technology that it is busy; the form's status region announces the outcome (docs/accessibility.md).
 *
 * Spread the result onto a KoliBri button: `<KolButton {...busyButton(busy)} _on={{ onClick: whenIdle(busy, go) }} />`.
 */
export function busyButton(busy: boolean): { 'aria-busy': 'true' | 'false' } {
  // Always set: KoliBri's React wrapper keeps an attribute whose prop went away
  return { 'aria-busy': busy ? 'true' : 'false' };
}

/**
 * The handler, or while `busy` one that ignores the event (and stops what the browser would do with it,
 * e.g. send a form), so that a second click or Enter does not start the action twice.
 */
export function whenIdle<A extends unknown[]>(busy: boolean, action: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    if (!busy) {
      void action(...args);
      return;
    }
    const [event] = args;
    if (event instanceof Event) event.preventDefault();
    else if (event && typeof (event as { preventDefault?: unknown }).preventDefault === 'function') {
      (event as { preventDefault: () => void }).preventDefault();
    }
  };
}

/**
 * Ignores the submission of the form around `inside` while `busy` (the submit button stays enabled, see
 * {@link busyButton}): the event is stopped before the form's own handler sees it. A layout effect, so that the
 * guard is in place as soon as the busy state is on the screen, before any later event (a passive effect may run
 * a frame later).
 */
export function useIgnoreSubmitWhileBusy(inside: RefObject<Element | null>, busy: boolean) {
  useLayoutEffect(() => {
    const form = inside.current?.closest('form');
    if (!busy || !form) return;
    const ignore = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    // In the capture phase: the form's own submit handler may sit on the same element (it runs afterwards then)
    form.addEventListener('submit', ignore, true);
    return () => form.removeEventListener('submit', ignore, true);
  }, [inside, busy]);
}
