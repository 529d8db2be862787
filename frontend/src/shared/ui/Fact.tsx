import type { ReactNode } from 'react';

/** One entry of a description list (`<dl>`), grouped in a `<div>`: the term and its description. */
export function Fact({ label, lang, className, children }: { label: ReactNode; lang?: string; className?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd lang={lang} className={className}>
        {children}
      </dd>
    </div>
  );
}
