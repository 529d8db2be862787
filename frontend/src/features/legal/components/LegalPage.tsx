import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import '../../../i18n/legalTexts';
import { ParagraphList } from '../../../shared/ui/Paragraphs';

interface LegalSection {
  heading: string;
  paragraphs: string[];
}

type LegalKey = 'imprint' | 'privacy';

/** Date the accessibility statement was prepared; update it with every review. */

/** Renders legal.<key>.pageTitle and its sections from the translation files. */
export function LegalPage({ page, placeholder = false }: { page: LegalKey; placeholder?: boolean }) {
  const { t } = useTranslation();
  const title = t(`legal.${page}.pageTitle`);
  useDocumentTitle(title);
  const sections = t(`legal.${page}.sections`, { returnObjects: true }) as unknown as LegalSection[];

  return (
    <div className="page page--legal">
      <PageHeading>{title}</PageHeading>
      {placeholder && (
        <div className="legal-placeholder">
          <KolAlert _type="warning" _variant="card" _level={0}>
            {t('legal.placeholderNotice')}
          </KolAlert>
        </div>
      )}
      {sections.map((section) => (
        <section key={section.heading} className="legal-section">
          <KolHeading _label={section.heading} _level={2} />
          <ParagraphList paragraphs={section.paragraphs} />
        </section>
      ))}
    </div>
  );
}
