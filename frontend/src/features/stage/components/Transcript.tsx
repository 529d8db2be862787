import { useTranslation } from 'react-i18next';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import '../captionsTexts';

/**
 * The transcript of a recording as text below the player: open on the talk page, folded in the archive's list
 * (where many talks follow each other).
 */
export function Transcript({ text, folded = false, lang }: { text: string; folded?: boolean; lang?: string }) {
  const { t } = useTranslation();
  if (folded) {
    return (
      <details className="transcript">
        <summary>{t('captions.transcriptOf')}</summary>
        <div lang={lang}>
          <Paragraphs text={text} />
        </div>
      </details>
    );
  }
  return (
    <div className="transcript" lang={lang}>
      <Paragraphs text={text} />
    </div>
  );
}
