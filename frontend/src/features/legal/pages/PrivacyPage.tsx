import { KolHeading } from '@public-ui/react-v19';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { policyApi, type PrivacyPolicy } from '../api/policy';
import '../../../i18n/legalTexts';
import { ParagraphList } from '../../../shared/ui/Paragraphs';

interface LegalSection {
  heading: string;
  paragraphs: string[];
}

function Section({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <section className="legal-section">
      <KolHeading _label={heading} _level={2} />
      {children}
    </section>
  );
}

/** The parts that depend on the settings: who is responsible, how long what is kept, which consents exist. */
function FromSettings({ policy }: { policy: PrivacyPolicy }) {
  const { t } = useTranslation();
  const { controller, retention } = policy;
  return (
    <>
      <Section heading={t('legal.privacy.controllerHeading')}>
        <p className="pre-line">{t('legal.privacy.controller', controller)}</p>
        <p>{t('legal.privacy.dpo', { email: controller.dataProtectionOfficer })}</p>
      </Section>
      <Section heading={t('legal.privacy.retentionHeading')}>
        <ul>
          <li>{t('legal.privacy.retention.contactRequests', { count: retention.contactRequestsDays })}</li>
          <li>{t('legal.privacy.retention.conversations', { count: retention.conversationsDays })}</li>
          <li>{t('legal.privacy.retention.accessibilityReports', { count: retention.accessibilityReportsDays })}</li>
          <li>{t('legal.privacy.retention.statistics', { count: retention.statisticsDays })}</li>
        </ul>
        <p>
          {retention.enabled
            ? t('legal.privacy.retention.job', { count: retention.jobIntervalHours })
            : t('legal.privacy.retention.jobOff')}
        </p>
        <p>{t('legal.privacy.retention.chat')}</p>
      </Section>
      <Section heading={t('legal.privacy.consentsHeading')}>
        <p>{t('legal.privacy.consentsText')}</p>
        <ul>
          {policy.consents.map((consent) => (
            <li key={consent.purpose}>
              {t('legal.privacy.consentVersion', {
                purpose: t(`legal.privacy.consentPurpose.${consent.purpose}`, { defaultValue: consent.purpose }),
                version: consent.textVersion,
              })}
            </li>
          ))}
        </ul>
      </Section>
      <Section heading={t('legal.privacy.rightsHeading')}>
        <p>{t('legal.privacy.rights')}</p>
        <p>
          {t('legal.privacy.selfService')} <AppLink to="/meine-daten" label={t('legal.privacy.myDataLink')} />
        </p>
        <p>{t('legal.privacy.complaint', { authority: controller.supervisoryAuthority })}</p>
      </Section>
    </>
  );
}

/**
 * Datenschutzerklärung. What depends on the operation (controller, deadlines, consent texts) comes from
 * GET /api/privacy/policy, i.e. from the settings the retention job works with, so the page cannot promise
 * another deadline; the rest is fixed text.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const title = t('legal.privacy.pageTitle');
  useDocumentTitle(title);
  const policy = useQuery({ queryKey: ['privacy-policy'], queryFn: ({ signal }) => policyApi.policy(signal) });
  const sections = t('legal.privacy.sections', { returnObjects: true }) as unknown as LegalSection[];

  return (
    <div className="page page--legal">
      <PageHeading>{title}</PageHeading>
      {policy.isPending && <p className="status-line">{t('common.loading')}</p>}
      {policy.isError && <ApiErrorAlert error={policy.error} onRetry={() => void policy.refetch()} />}
      {policy.data?.controller && <FromSettings policy={policy.data} />}
      {sections.map((section) => (
        <Section key={section.heading} heading={section.heading}>
          <ParagraphList paragraphs={section.paragraphs} />
        </Section>
      ))}
    </div>
  );
}
