import { describe, expect, it } from 'vitest';
import { CONSENT_STORAGE_KEY, hasConsent, privacyNotesUrl, rememberConsent, revokeConsent } from './consent';

describe('embed consent per provider', () => {
  it('is not given until the visitor chose it, and then only for that provider', () => {
    expect(hasConsent('youtube')).toBe(false);
    rememberConsent('youtube', new Date('2026-11-26T09:00:00Z'));
    expect(hasConsent('youtube')).toBe(true);
    expect(hasConsent('vimeo')).toBe(false);
    expect(JSON.parse(window.localStorage.getItem(CONSENT_STORAGE_KEY)!)).toEqual({ youtube: '2026-11-26T09:00:00.000Z' });
  });

  it('can be withdrawn', () => {
    rememberConsent('peertube');
    rememberConsent('vimeo');
    revokeConsent('peertube');
    expect(hasConsent('peertube')).toBe(false);
    expect(hasConsent('vimeo')).toBe(true);
  });

  it('treats broken or foreign storage content as no consent', () => {
    window.localStorage.setItem(CONSENT_STORAGE_KEY, '{not json');
    expect(hasConsent('youtube')).toBe(false);
    window.localStorage.setItem(CONSENT_STORAGE_KEY, JSON.stringify({ youtube: true, evil: 'x' }));
    expect(hasConsent('youtube')).toBe(false);
  });

  it('links the privacy notes of the provider, or the instance of a self-hosted player', () => {
    expect(privacyNotesUrl('youtube', 'https://www.youtube-nocookie.com/embed/x')).toBe('https://policies.google.com/privacy');
    expect(privacyNotesUrl('peertube', 'https://video.example.org/videos/embed/abc')).toBe('https://video.example.org/about/instance');
    expect(privacyNotesUrl('other', 'https://player.example.net/e/1')).toBe('https://player.example.net');
    expect(privacyNotesUrl('other', 'javascript:alert(1)')).toBeUndefined();
  });
});
