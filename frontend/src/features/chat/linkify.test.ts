import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('finds http(s) and www links and leaves the sentence punctuation outside', () => {
    expect(linkify('Siehe https://soest.de/umzug. Oder www.kdn.de!')).toEqual([
      { kind: 'text', text: 'Siehe ' },
      { kind: 'link', text: 'https://soest.de/umzug', href: 'https://soest.de/umzug' },
      { kind: 'text', text: '. Oder ' },
      { kind: 'link', text: 'www.kdn.de', href: 'https://www.kdn.de' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('never links other schemes and keeps markup as text', () => {
    expect(linkify('javascript:alert(1) <b>fett</b> data:text/html,x')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) <b>fett</b> data:text/html,x' },
    ]);
    expect(linkify('https://"onmouseover=alert(1)')).toEqual([{ kind: 'text', text: 'https://"onmouseover=alert(1)' }]);
  });

  it('returns plain text unchanged', () => {
    expect(linkify('Guten Tag')).toEqual([{ kind: 'text', text: 'Guten Tag' }]);
  });
});
