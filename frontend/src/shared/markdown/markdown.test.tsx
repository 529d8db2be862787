import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';
import { renderMarkdown } from './markdown';

function dom(source: string, offset = 0): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderMarkdown(source, offset);
  return container;
}

describe('Markdown of booth descriptions', () => {
  it('renders the usual formatting', () => {
    const html = dom('Ein **wichtiger** Satz mit *Betonung*.\n\n- eins\n- zwei\n\n1. erst\n2. dann');
    expect(html.querySelector('strong')?.textContent).toBe('wichtiger');
    expect(html.querySelector('em')?.textContent).toBe('Betonung');
    expect(html.querySelectorAll('ul > li')).toHaveLength(2);
    expect(html.querySelectorAll('ol > li')).toHaveLength(2);
  });

  it('never lets a script, an event handler or a javascript: link reach the DOM', async () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">klick</a>',
      '[klick](javascript:alert(1))',
      '[klick](JaVaScRiPt:alert(1))',
      '[klick](java&#x73;cript:alert(1))',
      '[daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<svg onload=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '![bild](https://tracker.example/pixel.png)',
      '<div style="background:url(javascript:alert(1))">x</div>',
    ];
    const { container } = render(<Markdown text={attacks.join('\n\n')} />);
    // rendered by the renderer once its chunk is there (raw HTML escaped: it shows as text in a paragraph)
    await waitFor(() => expect(container.querySelector('.markdown > p:not(.pre-line)')).not.toBeNull());
    expect(container.querySelector('script, img, svg, iframe, [style]')).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    }
    // Raw HTML is shown as text, so the reader still sees what was written.
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps http(s) and mailto links and marks them noopener noreferrer', () => {
    const html = dom('[Projekt](https://example.org/projekt) und [Mail](mailto:info@example.org), auch https://www.example.org');
    const links = [...html.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/projekt',
      'mailto:info@example.org',
      'https://www.example.org',
    ]);
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows a link with another scheme as its text only', () => {
    const html = dom('[Datei](file:///etc/passwd) und [FTP](ftp://example.org)');
    expect([...html.querySelectorAll('a')].every((a) => !a.hasAttribute('href'))).toBe(true);
    expect(html.textContent).toContain('Datei');
  });

  it('moves headings below the page heading', () => {
    const html = dom('# Titel\n\n## Unter\n\n##### Tief', 2);
    expect([...html.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName)).toEqual(['H3', 'H4', 'H6']);
  });
});
