import { KolInputCheckbox } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type HallSettings } from '../../../shared/api';
import { Feedback, SubmitRow } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { useFormAction } from '../../../shared/forms/useFormAction';
import { adminApi } from '../api/admin';

/** Archive mode: after the series, editing and contact requests can be closed while the hall stays open. */
export function HallSettingsForm({ settings }: { settings: HallSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editingEnabled, setEditingEnabled] = useState(settings.editingEnabled);
  const [contactRequestsEnabled, setContactRequestsEnabled] = useState(settings.contactRequestsEnabled);
  const { message, failure, busy, run } = useFormAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const saved = await adminApi.saveHallSettings({ editingEnabled, contactRequestsEnabled });
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
      <KolInputCheckbox
        _label={t('admin.settings.editingEnabled')}
        _hint={t('admin.settings.editingHint')}
        _variant="switch"
        _checked={editingEnabled}
        _value={true}
        _on={{ onInput: (_event: Event, value: unknown) => setEditingEnabled(value === true) }}
      />
      <KolInputCheckbox
        _label={t('admin.settings.contactRequestsEnabled')}
        _hint={t('admin.settings.contactHint')}
        _variant="switch"
        _checked={contactRequestsEnabled}
        _value={true}
        _on={{ onInput: (_event: Event, value: unknown) => setContactRequestsEnabled(value === true) }}
      />
      <SubmitRow label={t('admin.settings.save')} busy={busy} />
      <Feedback message={message} failure={failure} />
    </form>
  );
}
