import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Paragraphs, splitParagraphs } from './Paragraphs';

describe('plain-text paragraphs', () => {
  it('splits at blank lines and keeps single line breaks', () => {
    expect(splitParagraphs('Eins\nnoch eins\n\n  \n\nZwei\r\n\r\nDrei')).toEqual(['Eins\nnoch eins', 'Zwei', 'Drei']);
    expect(splitParagraphs(null)).toEqual([]);
  });

  it('shows markup as text instead of interpreting it', () => {
    const { container } = render(<Paragraphs text={'<img src=x onerror=alert(1)>\n\nok'} />);
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
