import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * Booth descriptions are Markdown written by exhibitors. Two independent guards keep them harmless:
 * markdown-it runs with raw HTML off (any tag in the text comes out escaped, as text), and DOMPurify
 * then lets through only the few tags Markdown produces, with links restricted to http(s) and mailto.
 * Images are off as well: they would load content from third parties without the visitor's consent.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).disable(['image']);

// The page has its h1 and the description sits under an h2: headings inside it start further down.
markdown.core.ruler.push('shift_headings', (state) => {
  const offset = Number((state.env as { headingOffset?: number }).headingOffset ?? 0);
  if (!offset) return;
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
    }
  }
});

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 's', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const SAFE_LINK = /^(?:https?:|mailto:)/i;

let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  // An own instance, so the hook below does not change DOMPurify for anyone else.
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_LINK.test(href)) {
      // A link that may not keep its target is shown as its text only.
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier;
}

/** Markdown to sanitised HTML; headings are moved down by headingOffset levels (h1 → h3 for 2). */
export function renderMarkdown(source: string | null | undefined, headingOffset = 0): string {
  const html = markdown.render(source ?? '', { headingOffset });
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'start'],
    ALLOWED_URI_REGEXP: SAFE_LINK,
  });
}
