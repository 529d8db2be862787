import { useMemo } from 'react';
import { renderMarkdown } from './markdown';

interface MarkdownProps {
  text: string | null | undefined;
  /** How many levels headings in the text move down (2: "# x" becomes an h3). */
  headingOffset?: number;
  lang?: string;
}

/** Renders exhibitor Markdown; renderMarkdown escapes raw HTML and sanitises the result with DOMPurify. */
export function Markdown({ text, headingOffset = 2, lang }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(text, headingOffset), [text, headingOffset]);
  return <div className="markdown" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
