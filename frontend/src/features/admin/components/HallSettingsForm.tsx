import { KolInputCheckbox } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type HallSettings } from '../../../shared/api';
import { Feedback, SubmitRow } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { useFormAction } from '../../../shared/forms/useFormAction';
import { adminApi } from '../api/admin';
import '../../../i18n/adminTexts';
import { checkboxField } from '../../../shared/forms/checkboxField';

/** The two switches of archive mode, in the order shown. */
const SWITCHES = [
  { key: 'editingEnabled', label: 'admin.settings.editingEnabled', hint: 'admin.settings.editingHint' },
  { key: 'contactRequestsEnabled', label: 'admin.settings.contactRequestsEnabled', hint: 'admin.settings.contactHint' },
] as const;

/** Archive mode: after the series, editing and contact requests can be closed while the hall stays open. */
export function HallSettingsForm({ settings }: { settings: HallSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ editingEnabled: settings.editingEnabled, contactRequestsEnabled: settings.contactRequestsEnabled });
  const { message, failure, busy, run } = useFormAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const saved = await adminApi.saveHallSettings(draft);
      queryClient.setQueryData(['hall-settings'], saved);
      void queryClient.invalidateQueries({ queryKey: ['booth'] });
      void queryClient.invalidateQueries({ queryKey: ['draft'] });
      void queryClient.invalidateQueries({ queryKey: ['my-booths'] });
      return t('admin.settings.saved');
    }, (error) => errorMessage(error, t));
  };

  let current = t('admin.settings.archiveOff');
  if (!settings.editingEnabled && !settings.contactRequestsEnabled) current = t('admin.settings.archiveOn');
  else if (!settings.editingEnabled) current = t('boothManagement.settings.editingClosed');
  else if (!settings.contactRequestsEnabled) current = t('boothManagement.settings.contactClosed');

  return (
    <form onSubmit={(event) => void submit(event)} className="settings-form">
      <p>
        <strong>{t('admin.settings.current')}:</strong>{' '}
        {current}
      </p>
      {SWITCHES.map((setting) => (
        <KolInputCheckbox
          key={setting.key}
          _label={t(setting.label)}
          _hint={t(setting.hint)}
          _variant="switch"
          {...checkboxField(draft[setting.key], (checked) => setDraft((d) => ({ ...d, [setting.key]: checked })))}
        />
      ))}
      <SubmitRow label={t('admin.settings.save')} busy={busy} />
      <Feedback message={message} failure={failure} />
    </form>
  );
}
