import type { ReactNode } from 'react';

/**
 * The one h1 of a page. A plain h1 rather than KolHeading: KolHeading renders its h1 inside a shadow
 * root, where the app cannot make it focusable, and focus moves here after every navigation.
 */
export function PageHeading({ children, lang }: { children: ReactNode; lang?: string }) {
  return (
    <h1 className="page-heading" tabIndex={-1} lang={lang}>
      {children}
    </h1>
  );
}
