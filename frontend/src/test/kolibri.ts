import { act } from '@testing-library/react';

/**
 * KoliBri components render into a shadow DOM that jsdom does not build; tests find their host elements
 * by attribute and call the handlers React passed in `_on`.
 */
export type KolHost = Element & { _on?: Record<string, (event: Event, value?: unknown) => void> };

/** The KoliBri button with this label; fails with the labels that are there. */
export function kolButton(container: HTMLElement, label: string): KolHost {
  const button = [...container.querySelectorAll('kol-button')].find((b) => b.getAttribute('_label') === label);
  if (!button) {
    const labels = [...container.querySelectorAll('kol-button')].map((b) => b.getAttribute('_label'));
    throw new Error(`no button "${label}" among ${labels.join(' | ')}`);
  }
  return button as KolHost;
}

export function click(container: HTMLElement, label: string) {
  act(() => kolButton(container, label)._on?.onClick?.(new Event('click')));
}

/** Types a value into a KoliBri input, select or textarea. */
export function kolInput(element: Element | null, value: unknown) {
  act(() => (element as KolHost)._on?.onInput?.(new Event('input'), value));
}

/** Where the KoliBri links matched by the selector lead (their `_href`), in document order. */
export function hrefs(container: ParentNode, selector: string): (string | null)[] {
  return [...container.querySelectorAll(selector)].map((link) => link.getAttribute('_href'));
}
