/** A piece of a chat message: plain text, or a link the UI may make clickable. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) URLs and www. addresses; trailing punctuation belongs to the sentence, not the link.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING = /[.,;:!?)\]}'»“”]+$/;

/**
 * Splits message text into text and links. Messages are plain text: nothing here ever becomes
 * markup, and only http(s) targets are links (no javascript:, data: or mailto: tricks).
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    let candidate = match[0];
    const trailing = TRAILING.exec(candidate);
    if (trailing) candidate = candidate.slice(0, candidate.length - trailing[0].length);
    const href = candidate.toLowerCase().startsWith('www.') ? `https://${candidate}` : candidate;
    let valid = false;
    try {
      const url = new URL(href);
      valid = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
    } catch {
      valid = false;
    }
    if (!valid) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: candidate, href });
    last = start + candidate.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
