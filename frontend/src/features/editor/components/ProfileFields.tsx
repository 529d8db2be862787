import { KolInputCheckbox, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import '../../../i18n/reuseTexts';
import '../profile.css';
import type { ProfileForm } from '../contentForm';
import type { FieldProps } from './sections';
import { COST_MODELS, OPERATING_MODELS, OZG_CHOICES, ozgChoice, useReuseLabels } from '../../../shared/booth/reuseLabels';
import '../../../i18n/editorTexts';

interface ProfileFieldsProps {
  profile: ProfileForm;
  /** Field props for a profile field by its name. */
  field: (name: string) => ReturnType<FieldProps>;
  change: (profile: Partial<ProfileForm>) => void;
}

const onText = (set: (value: string) => void) => ({
  onInput: (_event: Event, value: unknown) => set(String(value ?? '')),
});

/** The reuse facts of one service (docs/reuse.md): OZG level, EfA, keys, licence, operation, costs, contact. */
export function ProfileFields({ profile: p, field, change }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const { ozgLevelName, operatingModelName, costModelName } = useReuseLabels();
  
  const choose = (label: string) => [{ label, value: '' }];
  return (
    <fieldset className="service-profile">
      <legend>{t('editor.profile.legend')}</legend>
      <p className="field-hint">{t('editor.hint.profile')}</p>
      <div className="field-row">
        <KolSelect
          {...field('ozgLevel')}
          _label={t('editor.field.services.profile.ozgLevel')}
          _hint={t('editor.hint.ozgLevel')}
          _options={[...choose(t('editor.notStated')), ...OZG_CHOICES.map((c) => ({ label: ozgLevelName(c.level, c.model), value: ozgChoice(c.model, c.level) }))]}
          _value={p.ozgLevel}
          _on={onText((ozgLevel) => change({ ozgLevel }))}
        />
        <KolSelect
          {...field('efa')}
          _label={t('editor.field.services.profile.efa')}
          _options={[
            ...choose(t('editor.notStated')),
            { label: t('common.yes'), value: 'yes' },
            { label: t('common.no'), value: 'no' },
          ]}
          _value={p.efa}
          _on={onText((efa) => change({ efa: efa as ProfileForm['efa'], ...(efa === 'yes' ? {} : { efaMarketplace: false }) }))}
        />
      </div>
      {p.efa === 'yes' && (
        <KolInputCheckbox
          {...field('efaMarketplace')}
          _label={t('editor.field.services.profile.efaMarketplace')}
          _checked={p.efaMarketplace}
          _value={true}
          _on={{ onInput: (_event: Event, value: unknown) => change({ efaMarketplace: Boolean(value) }) }}
        />
      )}
      {p.efa === 'yes' && p.efaMarketplace && (
        <KolInputText
          {...field('efaMarketplaceUrl')}
          _type="url"
          _label={t('editor.field.services.profile.efaMarketplaceUrl')}
          _value={p.efaMarketplaceUrl}
          _on={onText((efaMarketplaceUrl) => change({ efaMarketplaceUrl }))}
        />
      )}
      <div className="field-row">
        <KolTextarea
          {...field('serviceKeys')}
          _label={t('editor.field.services.profile.serviceKeys')}
          _hint={t('editor.hint.serviceKeys')}
          _rows={2}
          _value={p.serviceKeys}
          _on={onText((serviceKeys) => change({ serviceKeys }))}
        />
        <KolInputText
          {...field('spdxLicence')}
          _label={t('editor.field.services.profile.spdxLicence')}
          _hint={t('editor.hint.spdxLicence')}
          _value={p.spdxLicence}
          _on={onText((spdxLicence) => change({ spdxLicence }))}
        />
      </div>
      <div className="field-row">
        <KolSelect
          {...field('operatingModel')}
          _label={t('editor.field.services.profile.operatingModel')}
          _options={[...choose(t('editor.notStated')), ...OPERATING_MODELS.map((m) => ({ label: operatingModelName(m), value: m }))]}
          _value={p.operatingModel}
          _on={onText((operatingModel) => change({ operatingModel: operatingModel as ProfileForm['operatingModel'] }))}
        />
        <KolSelect
          {...field('costModel')}
          _label={t('editor.field.services.profile.costModel')}
          _options={[...choose(t('editor.notStated')), ...COST_MODELS.map((m) => ({ label: costModelName(m), value: m }))]}
          _value={p.costModel}
          _on={onText((costModel) => change({ costModel: costModel as ProfileForm['costModel'] }))}
        />
      </div>
      <KolInputText
        {...field('costNote')}
        _label={t('editor.field.services.profile.costNote')}
        _value={p.costNote}
        _on={onText((costNote) => change({ costNote }))}
      />
      <KolTextarea
        {...field('prerequisites')}
        _label={t('editor.field.services.profile.prerequisites')}
        _rows={3}
        _value={p.prerequisites}
        _on={onText((prerequisites) => change({ prerequisites }))}
      />
      <KolInputText
        {...field('reuseContact')}
        _label={t('editor.field.services.profile.reuseContact')}
        _hint={t('editor.hint.reuseContact')}
        _value={p.reuseContact}
        _on={onText((reuseContact) => change({ reuseContact }))}
      />
    </fieldset>
  );
}
