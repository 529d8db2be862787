import { KolButton, KolInputCheckbox, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostRegion, TopicField } from '../../../shared/api';
import { ORGANISATION_TYPES, useLabels } from '../../../shared/booth/labels';
import { busyButton, Feedback, SubmitRow, whenIdle } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { networkApi, type OwnProfile, type ProfileUpdate } from '../api';
import { kolValue } from '../../../shared/forms/kolValue';
import { useFormOutcome } from '../../../shared/forms/useFormOutcome';

function initial(own: OwnProfile): ProfileUpdate {
  const p = own.profile;
  return {
    organisation: p?.organisation ?? '',
    organisationType: p?.organisationType ?? '',
    hostRegion: p?.hostRegion ?? '',
    region: p?.region ?? '',
    role: p?.role ?? '',
    topicFields: p?.topicFields ?? [],
    about: p?.about ?? '',
  };
}

/** What a visitor shows of themselves when they opt in; opting out deletes the profile at once. */
export function ProfileForm({ own, regions, topicFields }: { own: OwnProfile; regions: HostRegion[]; topicFields: TopicField[] }) {
  const { t } = useTranslation();
  const { exhibitorTypeName, topicFieldName } = useLabels();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ProfileUpdate>(() => initial(own));
  // Joining or leaving the directory changes the profile the form starts from; the message of that step stays
  const [startedFrom, setStartedFrom] = useState(own.findable);
  if (startedFrom !== own.findable) {
    setStartedFrom(own.findable);
    setForm(initial(own));
  }
  const { message, setMessage, failure, setFailure, errors, succeeded, failed } = useFormOutcome();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['network'] });
  const save = useMutation({
    mutationFn: () =>
      networkApi.saveProfile({
        ...form,
        organisationType: form.organisationType || null,
        hostRegion: form.hostRegion || null,
      }),
    onSuccess: () => {
      succeeded(t(own.findable ? 'networking.profile.saved' : 'networking.profile.joined'));
      refresh();
    },
    onError: failed,
  });
  const leave = useMutation({
    mutationFn: () => networkApi.leave(),
    onSuccess: () => {
      setMessage(t('networking.profile.left'));
      setFailure('');
      refresh();
    },
    onError: (error) => setFailure(errorMessage(error, t)),
  });
  const set = (key: keyof ProfileUpdate) => ({
    onInput: (_e: Event, v: unknown) => setForm((f) => ({ ...f, [key]: kolValue(v) })),
    onChange: (_e: Event, v: unknown) => setForm((f) => ({ ...f, [key]: kolValue(v) })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const none = { label: t('networking.profile.noChoice'), value: '' };

  return (
    <form className="network-profile" onSubmit={submit} noValidate>
      <KolInputText _label={t('networking.profile.organisation')} _required _maxLength={200} _value={form.organisation}
        _touched={Boolean(errors.organisation)} _msg={kolMsg(errors.organisation?.join(' '))} _on={set('organisation')} />
      <KolSelect _label={t('networking.profile.organisationType')} _value={form.organisationType ?? ''}
        _options={[none, ...ORGANISATION_TYPES.map((c) => ({ label: exhibitorTypeName(c), value: c }))]} _on={set('organisationType')} />
      <KolSelect _label={t('networking.profile.hostRegion')} _value={form.hostRegion ?? ''}
        _touched={Boolean(errors.hostRegion)} _msg={kolMsg(errors.hostRegion?.join(' '))}
        _options={[none, ...regions.map((r) => ({ label: r.name, value: r.code }))]} _on={set('hostRegion')} />
      <KolInputText _label={t('networking.profile.region')} _maxLength={120} _value={form.region ?? ''} _on={set('region')} />
      <KolInputText _label={t('networking.profile.role')} _maxLength={120} _value={form.role ?? ''} _on={set('role')} />
      <fieldset className="checkbox-group">
        <legend>{t('networking.profile.topicFields')}</legend>
        {errors.topicFields && <p className="field-error" role="alert">{errors.topicFields.join(' ')}</p>}
        <div className="checkbox-group__items">
          {topicFields.map((topic) => (
            <KolInputCheckbox key={topic.code} _label={topicFieldName(topic)} _value={true}
              _checked={form.topicFields.includes(topic.code)}
              _on={{
                onInput: (_e: Event, v: unknown) =>
                  setForm((f) => ({
                    ...f,
                    topicFields: v === true ? [...f.topicFields.filter((c) => c !== topic.code), topic.code]
                      : f.topicFields.filter((c) => c !== topic.code),
                  })),
              }} />
          ))}
        </div>
      </fieldset>
      <KolTextarea _label={t('networking.profile.about')} _rows={3} _maxLength={500} _value={form.about ?? ''} _on={set('about')} />
      <SubmitRow label={t(own.findable ? 'networking.profile.save' : 'networking.profile.join')} busy={save.isPending} />
      {own.findable && (
        <div className="button-row">
          <KolButton _label={t('networking.profile.leave')} _variant="danger" {...busyButton(leave.isPending)}
            _on={{ onClick: whenIdle(leave.isPending, () => leave.mutate()) }} />
        </div>
      )}
      <Feedback message={message} failure={failure} />
    </form>
  );
}
