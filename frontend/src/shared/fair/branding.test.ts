import { describe, expect, it } from 'vitest';
import { applyBranding, contrastRatio, PAGE_BACKGROUND } from './branding';

describe('contrastRatio', () => {
  it('measures after WCAG like the server', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#7fb2ff', PAGE_BACKGROUND)).toBeLessThan(4.5);
    expect(contrastRatio('#003a5c', PAGE_BACKGROUND)).toBeGreaterThan(4.5);
  });
});

describe('applyBranding', () => {
  it('sets the app and KoliBri colour properties and removes them for the default', () => {
    const root = document.createElement('div');
    applyBranding({ primaryColour: '#5c2d91', accentColour: null }, root);
    expect(root.style.getPropertyValue('--km-primary')).toBe('#5c2d91');
    expect(root.style.getPropertyValue('--kolibri-color-primary')).toBe('#5c2d91');
    expect(root.style.getPropertyValue('--km-accent')).toBe('');
    applyBranding({ primaryColour: null, accentColour: '#8a1538' }, root);
    expect(root.style.getPropertyValue('--km-primary')).toBe('');
    expect(root.style.getPropertyValue('--kolibri-color-primary-variant')).toBe('#8a1538');
  });
});
