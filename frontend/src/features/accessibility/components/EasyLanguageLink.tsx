import { useTranslation } from 'react-i18next';
import { EasyLanguageIcon } from '../../../shared/ui/EasyLanguageIcon';
import { IconLink } from './IconLink';

/** The header link to the Leichte-Sprache pages, with the pictogram and its text. */
export function EasyLanguageLink() {
  const { t } = useTranslation();
  return <IconLink to="/leichte-sprache" label={t('a11y.nav.easyLanguage')} icon={<EasyLanguageIcon />} />;
}
