import { apiSession, http } from '../../shared/api';
import type { EmbedProvider } from './api/programme';

/** The version of the embed consent text (player.consent.* in the i18n files); the backend knows it as well. */
export const EMBED_CONSENT_VERSION = '2026-12-07';

interface ConsentRecord {
  id: number;
  purpose: string;
  subject?: string | null;
  withdrawnAt?: string | null;
}

/**
 * Records a logged-in visitor's consent to load a provider's player (docs/privacy.md), so that it shows on
 * "Meine Daten" and can be proven. Anonymous visitors' consent stays in their browser only. A failure to
 * record does not take back the player the visitor asked for.
 */
export async function recordEmbedConsent(provider: EmbedProvider): Promise<void> {
  if (!apiSession.getAccessToken()) return;
  try {
    await http.send('POST', '/api/me/consents', {
      body: { purpose: 'einbettung', subject: provider, textVersion: EMBED_CONSENT_VERSION },
    });
  } catch {
    // See above: the visitor's choice holds in the browser.
  }
}

/** Withdraws the logged-in visitor's recorded consents for the provider when they revoke it at the player. */
export async function withdrawEmbedConsents(provider: EmbedProvider): Promise<void> {
  if (!apiSession.getAccessToken()) return;
  try {
    const consents = await http.get<ConsentRecord[]>('/api/me/consents');
    const open = consents.filter((c) => c.purpose === 'einbettung' && c.subject === provider && !c.withdrawnAt);
    await Promise.all(open.map((c) => http.send('POST', `/api/me/consents/${c.id}/withdraw`)));
  } catch {
    // The browser forgets the choice anyway; the record can be withdrawn on "Meine Daten".
  }
}
