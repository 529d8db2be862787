import { useEffect, useMemo, useState } from 'react';
import { Paragraphs } from '../ui/Paragraphs';

interface MarkdownProps {
  text: string | null | undefined;
  /** How many levels headings in the text move down (2: "# x" becomes an h3). */
  headingOffset?: number;
  lang?: string;
}

type Renderer = typeof import('./markdown');

// The renderer (markdown-it and DOMPurify, about 45 kB compressed) is a chunk of its own, loaded with the first
// Markdown shown: the booth page paints its name and lead without waiting for it (issue 14).
let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;

function loadRenderer(): Promise<Renderer> {
  loading ??= import('./markdown').then((module) => (renderer = module));
  return loading;
}

/**
 * Renders exhibitor Markdown; renderMarkdown escapes raw HTML and sanitises the result with DOMPurify. Until the
 * renderer has loaded, the text shows as plain paragraphs (never interpreted).
 */
export function Markdown({ text, headingOffset = 2, lang }: MarkdownProps) {
  const [ready, setReady] = useState(renderer);
  useEffect(() => {
    if (ready) return;
    let active = true;
    void loadRenderer().then((module) => active && setReady(module));
    return () => {
      active = false;
    };
  }, [ready]);
  const html = useMemo(() => ready?.renderMarkdown(text, headingOffset) ?? null, [ready, text, headingOffset]);
  if (html === null) {
    return (
      <div className="markdown" lang={lang}>
        <Paragraphs text={text} />
      </div>
    );
  }
  return <div className="markdown" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
