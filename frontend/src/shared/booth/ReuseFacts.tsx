import { KolLink } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../../i18n/reuseTexts';
import type { Service } from '../api';
import { CONTENT_LANGUAGE } from '../../i18n/useContentLang';
import { useReuseLabels } from './reuseLabels';

/**
 * The reuse facts of a service (OZG maturity level, EfA, service keys, licence, operation, costs,
 * prerequisites, contact) and its confirmed adopters; nothing when none is stated.
 */
export function ReuseFacts({ service }: { service: Service }) {
  const { t } = useTranslation();
  const { ozgLevelName, operatingModelName, costModelName } = useReuseLabels();
  
  const p = service.profile ?? {};
  const keys = p.serviceKeys ?? [];
  const adoptions = service.adoptions ?? [];
  const costs = [p.costModel ? costModelName(p.costModel) : null, p.costNote].filter(Boolean).join(' – ');
  const facts: Array<[string, ReactNode, boolean?]> = [];
  if (p.ozgLevel !== null && p.ozgLevel !== undefined) facts.push([t('booth.reuse.ozgLevel'), ozgLevelName(p.ozgLevel, p.ozgModel)]);
  if (p.efa !== null && p.efa !== undefined) {
    facts.push([
      t('booth.reuse.efa'),
      <>
        {p.efa ? t('booth.reuse.efaYes') : t('booth.reuse.efaNo')}
        {p.efaMarketplace && (p.efaMarketplaceUrl ? (
          <>
            {' – '}
            <KolLink _href={p.efaMarketplaceUrl} _label={t('booth.reuse.marketplaceLink', { name: service.name })} />
          </>
        ) : ` – ${t('booth.reuse.onMarketplace')}`)}
      </>,
    ]);
  }
  if (keys.length > 0) facts.push([t('booth.reuse.serviceKeys'), keys.join(', ')]);
  if (p.spdxLicence) facts.push([t('booth.reuse.spdxLicence'), <span lang="en">{p.spdxLicence}</span>]);
  if (p.operatingModel) facts.push([t('booth.reuse.operatingModel'), operatingModelName(p.operatingModel)]);
  if (costs) facts.push([t('booth.reuse.costs'), costs, true]);
  if (p.prerequisites) facts.push([t('booth.reuse.prerequisites'), p.prerequisites, true]);
  if (p.reuseContact) facts.push([t('booth.reuse.reuseContact'), p.reuseContact, true]);
  if (adoptions.length > 0) {
    facts.push([t('booth.reuse.adoptions'), adoptions.map((a) => `${a.organisation} (${a.year})`).join(', '), true]);
  }
  if (facts.length === 0) return null;
  return (
    <dl className="facts facts--compact reuse-facts">
      {facts.map(([term, value, content]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd lang={content ? CONTENT_LANGUAGE : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
