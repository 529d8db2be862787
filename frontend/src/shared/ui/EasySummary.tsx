import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { Paragraphs } from './Paragraphs';
import { EasyLanguageIcon } from './EasyLanguageIcon';
import '../../i18n/contentLanguagesTexts';
import './easySummary.css';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A booth's or talk's short summary in Leichte Sprache: always German (lang="de"), under its own heading with
 * the pictogram. Nothing when there is none.
 */
export function EasySummary({ text, level }: { text: string | null | undefined; level: Level }) {
  const { t } = useTranslation();
  if (!text?.trim()) return null;
  return (
    <section className="easy-summary panel" lang="de" data-testid="easy-summary">
      <div className="easy-summary__heading">
        <EasyLanguageIcon size={32} />
        <KolHeading _label={t('contentLanguages.easySummary')} _level={level} />
      </div>
      <div className="easy-text">
        <Paragraphs text={text} />
      </div>
    </section>
  );
}
