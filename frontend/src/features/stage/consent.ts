import type { EmbedProvider } from './api/programme';

/** localStorage key of the remembered embed consents (one entry per provider). */
export const CONSENT_STORAGE_KEY = 'kommunalmesse.embedConsent';

const PROVIDERS: EmbedProvider[] = ['youtube', 'vimeo', 'peertube', 'other'];

type Stored = Partial<Record<EmbedProvider, string>>;

function read(storage: Storage | undefined): Stored {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(CONSENT_STORAGE_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    const result: Stored = {};
    for (const provider of PROVIDERS) {
      const value = (parsed as Record<string, unknown>)[provider];
      if (typeof value === 'string') result[provider] = value;
    }
    return result;
  } catch {
    return {};
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Whether the visitor chose to always load embeds of this provider (DSGVO: only by their own click). */
export function hasConsent(provider: EmbedProvider, storage = defaultStorage()): boolean {
  return Boolean(read(storage)[provider]);
}

/** Remembers the consent for one provider, with the time it was given. */
export function rememberConsent(provider: EmbedProvider, now = new Date(), storage = defaultStorage()): void {
  const stored = read(storage);
  stored[provider] = now.toISOString();
  try {
    storage?.setItem(CONSENT_STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Storage disabled: the consent then holds for this page only.
  }
}

export function revokeConsent(provider: EmbedProvider, storage = defaultStorage()): void {
  const stored = read(storage);
  delete stored[provider];
  try {
    storage?.setItem(CONSENT_STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // See rememberConsent.
  }
}

const PRIVACY_NOTES: Partial<Record<EmbedProvider, string>> = {
  youtube: 'https://policies.google.com/privacy',
  vimeo: 'https://vimeo.com/privacy',
};

/**
 * Where the visitor reads what the provider does with their data: the big platforms' privacy pages;
 * for PeerTube and other self-hosted players the instance's own site (its address comes from the embed).
 */
export function privacyNotesUrl(provider: EmbedProvider, embedUrl: string): string | undefined {
  const known = PRIVACY_NOTES[provider];
  if (known) return known;
  try {
    const url = new URL(embedUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return provider === 'peertube' ? `${url.origin}/about/instance` : url.origin;
  } catch {
    return undefined;
  }
}
