import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Picture } from './Picture';

describe('Picture', () => {
  it('offers WebP in a source and JPEG/PNG in the img, lazily below the fold', () => {
    const { container } = render(<Picture src="/api/images/5" alt="Die Bühne" width={1200} height={675} sizes="50vw" />);
    const source = container.querySelector('picture > source');
    const img = container.querySelector('picture > img')!;
    expect(source?.getAttribute('type')).toBe('image/webp');
    expect(source?.getAttribute('srcset')).toContain('/api/images/5/variants/640.webp 640w');
    expect(img.getAttribute('srcset')).toContain('/api/images/5/variants/640 640w');
    expect(img.getAttribute('sizes')).toBe('50vw');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('alt')).toBe('Die Bühne');
  });

  it('loads the largest picture of the page first and not lazily', () => {
    const { container } = render(<Picture src="/api/images/5" alt="" width={1600} height={560} sizes="100vw" priority />);
    const img = container.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(img.getAttribute('alt')).toBe('');
  });

  it('loads many small pictures seen together at once, without the priority of the top picture', () => {
    const { container } = render(<Picture src="/api/images/5" alt="" width={160} height={48} sizes="10rem" eager />);
    const img = container.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBeNull();
  });

  it('shows an external address as it is', () => {
    const { container } = render(<Picture src="https://example.org/a.png" alt="A" width={10} height={10} sizes="10px" />);
    expect(container.querySelector('picture')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('srcset')).toBeNull();
  });
});
