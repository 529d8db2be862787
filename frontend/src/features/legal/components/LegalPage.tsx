import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { formatDate } from '../../../i18n/format';

interface LegalSection {
  heading: string;
  paragraphs: string[];
}

type LegalKey = 'imprint' | 'privacy' | 'accessibility';

/** Date the accessibility statement was prepared; update it with every review. */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-11-23';

/** Renders legal.<key>.pageTitle and its sections from the translation files. */
export function LegalPage({ page, placeholder = false }: { page: LegalKey; placeholder?: boolean }) {
  const { t, i18n } = useTranslation();
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
          {section.paragraphs.map((paragraph, index) => (
            <p key={index} className="pre-line">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
      {page === 'accessibility' && (
        <p className="legal-date">
          {t('legal.accessibility.date', { date: formatDate(ACCESSIBILITY_STATEMENT_DATE, i18n.language) })}
        </p>
      )}
    </div>
  );
}
