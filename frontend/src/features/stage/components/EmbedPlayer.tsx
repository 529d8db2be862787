import { KolButton, KolInputCheckbox, KolLink } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedProvider } from '../api/programme';
import { hasConsent, privacyNotesUrl, rememberConsent, revokeConsent } from '../consent';
import { recordEmbedConsent, withdrawEmbedConsents } from '../consentRecords';
import { checkboxField } from '../../../shared/forms/checkboxField';

interface EmbedPlayerProps {
  url: string;
  provider: EmbedProvider;
  title: string;
}

/**
 * An external video platform, loaded only after the visitor's click (two-click solution, DSGVO):
 * before that nothing is fetched from the provider. The choice can be remembered per provider; a logged-in
 * visitor's consent is also recorded with its text version (docs/privacy.md).
 */
export function EmbedPlayer({ url, provider, title }: EmbedPlayerProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(() => hasConsent(provider));
  const [remember, setRemember] = useState(false);
  const providerName = t(`player.provider.${provider}`);
  const privacy = privacyNotesUrl(provider, url);

  if (loaded) {
    return (
      <div className="embed">
        <iframe
          className="embed__frame"
          src={url}
          title={t('player.embedTitle', { title, provider: providerName })}
          allow="autoplay; fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
        {hasConsent(provider) && (
          <KolButton
            _label={t('player.consent.revoke', { provider: providerName })}
            _variant="secondary"
            _on={{
              onClick: () => {
                revokeConsent(provider);
                void withdrawEmbedConsents(provider);
                setLoaded(false);
              },
            }}
          />
        )}
      </div>
    );
  }
  return (
    <div className="embed embed--consent">
      <p>{t('player.consent.text', { provider: providerName })}</p>
      {privacy && (
        <p>
          <KolLink _href={privacy} _label={t('player.consent.privacy', { provider: providerName })} _target="_blank" />
        </p>
      )}
      <KolInputCheckbox
        _label={t('player.consent.remember', { provider: providerName })}
        {...checkboxField(remember, setRemember)}
      />
      <KolButton
        _label={t('player.consent.load', { provider: providerName })}
        _variant="primary"
        _on={{
          onClick: () => {
            if (remember) rememberConsent(provider);
            void recordEmbedConsent(provider);
            setLoaded(true);
          },
        }}
      />
    </div>
  );
}
