import { KolSelect } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { SubmitRow } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { Loading } from '../../../shared/ui/Loading';
import { DELIVERIES, PREFERENCES_KEY, notificationsApi, type Delivery, type Topic } from '../api';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/** How the user learns of each topic: in the app only, e-mail at once, daily digest, or off. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const queryClient = useQueryClient();
  const preferences = useApiQuery(PREFERENCES_KEY, notificationsApi.preferences, { enabled: access === 'granted' });
  // Only what the user changed; the rest is what the server holds (no copy of it to keep in step)
  const [chosen, setChosen] = useState<Partial<Record<Topic, Delivery>>>({});
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: (topics: { topic: Topic; delivery: Delivery }[]) => notificationsApi.setPreferences(topics),
    onSuccess: (saved) => {
      queryClient.setQueryData(PREFERENCES_KEY, saved);
      setChosen({});
      setMessage(t('notifications.settings.saved'));
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  const data = preferences.data;
  const mailPossible = !!data && data.hasEmail && data.mailEnabled;
  const options = DELIVERIES.filter((d) => mailPossible || (d !== 'immediate' && d !== 'digest')).map((d) => ({
    label: t(`notifications.settings.deliveries.${d}` as 'notifications.settings.deliveries.app'),
    value: d,
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (data) save.mutate(data.topics.map((p) => ({ topic: p.topic, delivery: chosen[p.topic] ?? p.delivery })));
  };

  return (
    <ProtectedPage access={access} title={t('notifications.settings.pageTitle')} className="page--notification-settings">
      <p>{t('notifications.settings.intro')}</p>
      {data && !data.hasEmail && <p>{t('notifications.settings.noEmail')}</p>}
      {data && !data.mailEnabled && <p>{t('notifications.settings.mailDisabled')}</p>}
      <p role="status" className="status-line">
        {message}
      </p>
      {preferences.isPending && access === 'granted' && <Loading />}
      {preferences.isError && <ApiErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />}
      {data && (
        <form onSubmit={submit} noValidate data-testid="notification-settings">
          {data.topics.map((p) => (
            <KolSelect
              key={p.topic}
              data-testid={`delivery-${p.topic}`}
              _label={t(`notifications.settings.topics.${p.topic}` as 'notifications.settings.topics.meeting')}
              _options={options}
              _value={chosen[p.topic] ?? p.delivery}
              _on={{
                onChange: (_event: Event, value: unknown) => {
                  const picked = (Array.isArray(value) ? value[0] : value) as Delivery;
                  setChosen((c) => ({ ...c, [p.topic]: picked }));
                },
              }}
            />
          ))}
          <SubmitRow label={t('notifications.settings.save')} busy={save.isPending} />
        </form>
      )}
      <p>
        <AppLink to="/benachrichtigungen" label={t('notifications.settings.back')} />
      </p>
    </ProtectedPage>
  );
}
