import { KolButton } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeApi } from '../api/programme';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { useEventDays } from '../../../shared/fair/hooks';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { useTalks } from '../hooks';
import { ImportForm } from '../components/ImportForm';
import { byDay, layoutGrid } from '../schedule';
import { formatTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { FormResult } from '../../../shared/forms/Feedback';

/** Programme administration: every talk with edit and delete, a new talk, and the pretalx/CSV import. */
export function AdminProgrammePage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const talks = useTalks({});
  const days = useEventDays();
  const contentLang = useContentLang();
  const queryClient = useQueryClient();
  const [result, setResult] = useState('');
  const remove = useMutation({
    mutationFn: (id: number) => programmeApi.deleteTalk(id),
    onSuccess: () => {
      setResult(t('adminProgramme.deleted'));
      void queryClient.invalidateQueries({ queryKey: ['talks'] });
    },
    onError: (error) => setResult(errorMessage(error, t)),
  });
  const grouped = byDay(talks.data ?? []);

  return (
    <ProtectedPage access={access} title={t('adminProgramme.heading')} className="page--admin-programme">
      <p className="button-row">
        <AppLink to="/verwaltung/programm/neu" label={t('adminProgramme.new')} variant="primary" />
      </p>
      <FormResult>{result}</FormResult>
      {talks.isError && <ApiErrorAlert error={talks.error} onRetry={() => void talks.refetch()} />}
      {(days.data ?? [])
        .filter((d) => grouped.has(d.id))
        .map((day) => {
          const dayTalks = grouped.get(day.id)!;
          const overlapping = new Set(
            layoutGrid(dayTalks).columns.flatMap((c) => c.talks.filter((x) => x.overlaps).map((x) => x.talk.id)),
          );
          return (
            <section key={day.id} aria-labelledby={`admin-day-${day.id}`}>
              <h2 id={`admin-day-${day.id}`} lang={contentLang}>
                {day.title}
              </h2>
              <ul className="admin-talks">
                {dayTalks.map((talk) => (
                  <li key={talk.id} className="admin-talks__item">
                    <span>
                      {formatTime(talk.start, i18n.language)}–{formatTime(talk.end, i18n.language)} ·{' '}
                      <span lang={contentLang}>{talk.stage.name}</span>
                    </span>{' '}
                    <span lang={contentLang}>{talk.title}</span>
                    {overlapping.has(talk.id) && <span className="badge badge--warning">{t('schedule.overlap')}</span>}
                    <span className="button-row">
                      <AppLink to={`/verwaltung/programm/${talk.id}`} label={t('adminProgramme.edit', { title: talk.title })} />
                      <KolButton
                        _label={t('adminProgramme.delete', { title: talk.title })}
                        _variant="danger"
                        _icons="kolicon-cross"
                        _hideLabel
                        _on={{
                          onClick: () => {
                            if (window.confirm(t('adminProgramme.confirmDelete', { title: talk.title }))) remove.mutate(talk.id);
                          },
                        }}
                      />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      <section className="panel" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('import.heading')}</h2>
        <ImportForm />
      </section>
    </ProtectedPage>
  );
}
