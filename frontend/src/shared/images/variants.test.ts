import { describe, expect, it } from 'vitest';
import { hasVariants, srcSet, variantUrl } from './variants';

describe('image variants', () => {
  it('builds a srcset of all widths for a fair image, WebP and plain', () => {
    expect(srcSet('/api/images/7', true)).toBe(
      '/api/images/7/variants/320.webp 320w, /api/images/7/variants/640.webp 640w, /api/images/7/variants/1280.webp 1280w',
    );
    expect(srcSet('/api/images/7', false)).toBe(
      '/api/images/7/variants/320 320w, /api/images/7/variants/640 640w, /api/images/7/variants/1280 1280w',
    );
  });

  it('offers variants of a booth material image', () => {
    expect(srcSet('/api/booths/kreis-soest-umzug/materials/17', true, 640)).toBe(
      '/api/booths/kreis-soest-umzug/materials/17/variants/320.webp 320w, /api/booths/kreis-soest-umzug/materials/17/variants/640.webp 640w',
    );
  });

  it('keeps the smallest width even below it', () => {
    expect(srcSet('/api/images/3', false, 64)).toBe('/api/images/3/variants/320 320w');
  });

  it('leaves external and other addresses alone', () => {
    expect(hasVariants('https://example.org/logo.png')).toBe(false);
    expect(hasVariants('/api/images/7/variants/320')).toBe(false);
    expect(hasVariants('/media/demo/poster.jpg')).toBe(false);
    expect(srcSet('https://example.org/logo.png', true)).toBeUndefined();
  });

  it('names a variant by width and type', () => {
    expect(variantUrl('/api/images/1', 640, true)).toBe('/api/images/1/variants/640.webp');
    expect(variantUrl('/api/images/1', 640, false)).toBe('/api/images/1/variants/640');
  });
});
