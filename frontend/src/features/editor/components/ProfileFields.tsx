import { KolInputCheckbox, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import '../../../i18n/reuseTexts';
import '../profile.css';
import type { ProfileForm } from '../contentForm';
import type { FieldProps } from './sections';
import { textBinder } from './textBinder';
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
  const bind = textBinder(p, change, field);
  const choose = (label: string) => [{ label, value: '' }];
  return (
    <fieldset className="service-profile">
      <legend>{t('editor.profile.legend')}</legend>
      <p className="field-hint">{t('editor.hint.profile')}</p>
      <div className="field-row">
        <KolSelect
          {...bind('ozgLevel')}
          _label={t('editor.field.services.profile.ozgLevel')}
          _hint={t('editor.hint.ozgLevel')}
          _options={[...choose(t('editor.notStated')), ...OZG_CHOICES.map((c) => ({ label: ozgLevelName(c.level, c.model), value: ozgChoice(c.model, c.level) }))]}
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
          {...bind('efaMarketplaceUrl')}
          _type="url"
          _label={t('editor.field.services.profile.efaMarketplaceUrl')}
        />
      )}
      <div className="field-row">
        <KolTextarea
          {...bind('serviceKeys')}
          _label={t('editor.field.services.profile.serviceKeys')}
          _hint={t('editor.hint.serviceKeys')}
          _rows={2}
        />
        <KolInputText
          {...bind('spdxLicence')}
          _label={t('editor.field.services.profile.spdxLicence')}
          _hint={t('editor.hint.spdxLicence')}
        />
      </div>
      <div className="field-row">
        <KolSelect
          {...bind('operatingModel')}
          _label={t('editor.field.services.profile.operatingModel')}
          _options={[...choose(t('editor.notStated')), ...OPERATING_MODELS.map((m) => ({ label: operatingModelName(m), value: m }))]}
        />
        <KolSelect
          {...bind('costModel')}
          _label={t('editor.field.services.profile.costModel')}
          _options={[...choose(t('editor.notStated')), ...COST_MODELS.map((m) => ({ label: costModelName(m), value: m }))]}
        />
      </div>
      <KolInputText
        {...bind('costNote')}
        _label={t('editor.field.services.profile.costNote')}
      />
      <KolTextarea
        {...bind('prerequisites')}
        _label={t('editor.field.services.profile.prerequisites')}
        _rows={3}
      />
      <KolInputText
        {...bind('reuseContact')}
        _label={t('editor.field.services.profile.reuseContact')}
        _hint={t('editor.hint.reuseContact')}
      />
    </fieldset>
  );
}
