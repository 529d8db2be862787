import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';

/** A page that only tells something (not found, an error): its title is the heading and the document title. */
export function MessagePage({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className={`page ${className}`}>
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  );
}
