import { KolButton } from '@public-ui/react-v19';
import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoothDetail, Service } from '../../../shared/api';
import { useComparedServices, type ComparedService } from '../../../shared/booth/compareSelection';
import { useLabels } from '../../../shared/booth/labels';
import { AppLink } from '../../../shared/ui/AppLink';
import { Loading } from '../../../shared/ui/Loading';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { CONTENT_LANGUAGE } from '../../../i18n/useContentLang';
import { reuseApi } from '../api';
import '../reuse.css';
import '../../../i18n/reuseTexts';
import { useReuseLabels } from '../../../shared/booth/reuseLabels';

/** Up to four services side by side: the facts a municipality weighs before it asks for reuse. */
export function ComparePage() {
  const { t } = useTranslation();
  const { ozgLevelName, operatingModelName, costModelName } = useReuseLabels();
  useDocumentTitle(t('reuse.compare.pageTitle'));
  const { maturityName } = useLabels();
  const { list, remove } = useComparedServices();
  const booths = useQueries({
    queries: list.map((entry) => ({
      queryKey: ['compare-booth', entry.edition, entry.slug],
      queryFn: ({ signal }: { signal: AbortSignal }) => reuseApi.boothOf(entry.edition, entry.slug, { signal }),
    })),
  });
  const columns = list.map((entry, index) => {
    const booth: BoothDetail | undefined = booths[index]?.data;
    return { entry, booth, service: booth?.services.find((s) => s.key === entry.key) };
  });
  const text = (value: string | null | undefined) => value || t('reuse.compare.none');
  const rows: Array<[string, (s: Service, b: BoothDetail) => ReactNode]> = [
    [t('reuse.compare.exhibitor'), (_s, b) => b.exhibitor.name],
    [t('booth.services.maturity'), (s) => maturityName(s.maturity)],
    [t('booth.reuse.ozgLevel'), (s) => (s.profile?.ozgLevel === null || s.profile?.ozgLevel === undefined ? text(null) : ozgLevelName(s.profile.ozgLevel, s.profile.ozgModel))],
    [t('booth.reuse.efa'), (s) => (s.profile?.efa === null || s.profile?.efa === undefined ? text(null) : s.profile.efa ? t('common.yes') : t('common.no'))],
    [t('booth.reuse.spdxLicence'), (s) => text(s.profile?.spdxLicence ?? s.licence)],
    [t('booth.reuse.operatingModel'), (s) => text(s.profile?.operatingModel ? operatingModelName(s.profile.operatingModel) : null)],
    [t('booth.reuse.costs'), (s) => text([s.profile?.costModel ? costModelName(s.profile.costModel) : null, s.profile?.costNote].filter(Boolean).join(' – '))],
    [t('booth.reuse.prerequisites'), (s) => text(s.profile?.prerequisites)],
    [t('booth.reuse.adoptions'), (s) => text(s.adoptions.map((a) => `${a.organisation} (${a.year})`).join(', '))],
  ];

  return (
    <div className="page page--compare">
      <PageHeading>{t('reuse.compare.pageTitle')}</PageHeading>
      <p>{t('reuse.compare.intro')}</p>
      {list.length === 0 && <p className="empty-state">{t('reuse.compare.empty')}</p>}
      {booths.some((q) => q.isPending) && <Loading />}
      {list.length > 0 && (
        <div className="compare-table-wrap">
          <table className="compare-table">
            <caption>{t('reuse.compare.caption', { count: list.length })}</caption>
            <thead>
              <tr>
                <td />
                {columns.map(({ entry, service }) => (
                  <th key={`${entry.edition}/${entry.slug}/${entry.key}`} scope="col" lang={CONTENT_LANGUAGE}>
                    {service ? service.name : t('reuse.compare.gone')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {columns.map(({ entry, service, booth }) => (
                    <td key={`${entry.slug}/${entry.key}`}>{service && booth ? value(service, booth) : '–'}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('reuse.compare.actions')}</th>
                {columns.map(({ entry, service }) => (
                  <td key={`${entry.slug}/${entry.key}`}>
                    {service && (
                      <p>
                        <AppLink exact to={`/${entry.edition}/stand/${encodeURIComponent(entry.slug)}`} label={t('reuse.compare.toBooth', { name: service.name })} />
                      </p>
                    )}
                    <KolButton
                      _label={t('reuse.compare.remove', { name: service?.name ?? entry.key })}
                      _variant="secondary"
                      _on={{ onClick: () => remove(entry as ComparedService) }}
                    />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
