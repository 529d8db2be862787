/** Splits plain text at blank lines; single line breaks stay inside a paragraph. */
export function splitParagraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Renders plain text as paragraphs. Text only: markup in it is shown, never interpreted. */
export function Paragraphs({ text, className }: { text: string | null | undefined; className?: string }) {
  return <ParagraphList paragraphs={splitParagraphs(text)} className={className} />;
}

/** Paragraphs already split, one `<p>` each; their single line breaks stay. */
export function ParagraphList({ paragraphs, className }: { paragraphs: string[]; className?: string }) {
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className={className ? `${className} pre-line` : 'pre-line'}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
