import type { FaqEntry } from '../api/programme';
import { useContentLang } from '../../../i18n/useContentLang';

/** A talk's FAQ (questions from its Q&A with their answers), in the language of the content. */
export function FaqList({ faq }: { faq: FaqEntry[] }) {
  const contentLang = useContentLang();
  return (
    <dl className="faq" lang={contentLang}>
      {faq.map((entry) => (
        <div key={entry.questionId}>
          <dt>{entry.question}</dt>
          <dd>{entry.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
