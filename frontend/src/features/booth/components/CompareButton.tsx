import { KolButton } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/reuseTexts';
import type { Service } from '../../../shared/api';
import { MAX_COMPARED, useComparedServices } from '../../../shared/booth/compareSelection';
import { AppLink } from '../../../shared/ui/AppLink';

/** Puts a service on the comparison list (up to four) or takes it off; links to the comparison once chosen. */
export function CompareButton({ edition, slug, service }: { edition?: string; slug: string; service: Service }) {
  const { t } = useTranslation();
  const { list, toggle, isCompared } = useComparedServices();
  const [full, setFull] = useState(false);
  if (!edition) return null;
  const entry = { edition, slug, key: service.key };
  const chosen = isCompared(entry);
  return (
    <span className="compare-toggle">
      <KolButton
        _label={chosen ? t('reuse.compare.removeShort', { name: service.name }) : t('reuse.compare.add', { name: service.name })}
        _variant="tertiary"
        _on={{ onClick: () => setFull(!toggle(entry)) }}
      />{' '}
      {list.length > 0 && <AppLink to="/vergleich" label={t('reuse.compare.open', { count: list.length })} />}
      <span role="status" className="visually-hidden">
        {full ? t('reuse.compare.full', { max: MAX_COMPARED }) : ''}
      </span>
    </span>
  );
}
