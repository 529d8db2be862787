import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n';

/**
 * One button that offers the other language, labelled in that language ("English" / "Deutsch") and
 * marked with its lang attribute so screen readers pronounce it right.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchLang');
  return (
    <KolButton
      lang={target}
      className="language-switch"
      _label={t('language.switchLabel')}
      _variant="tertiary"
      _on={{
        onClick: () => {
          if (isLanguage(target)) void i18n.changeLanguage(target);
        },
      }}
    />
  );
}
