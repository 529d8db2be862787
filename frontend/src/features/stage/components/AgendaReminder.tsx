import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkSummary } from '../../../shared/api';
import { useContentLang } from '../../../i18n/useContentLang';
import { useAuth } from '../../../shared/auth/AuthContext';
import { AppLink } from '../../../shared/ui/AppLink';
import { useAgenda } from '../hooks';
import { nextCheckDelay, startedBetween } from '../reminders';

/**
 * The in-app reminder: when a talk of "Meine Agenda" starts while the app is open, a banner appears
 * at the top of the page and a polite live region announces it once.
 */
export function AgendaReminder() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const contentLang = useContentLang();
  const agenda = useAgenda(status === 'authenticated');
  const [due, setDue] = useState<TalkSummary[]>([]);
  const since = useRef(new Date());

  useEffect(() => {
    const talks = agenda.data;
    if (!talks || talks.length === 0) return;
    let timer: number;
    const check = () => {
      const now = new Date();
      const started = startedBetween(talks, since.current, now);
      since.current = now;
      if (started.length > 0) setDue((current) => [...current, ...started.filter((s) => !current.some((c) => c.id === s.id))]);
      timer = window.setTimeout(check, nextCheckDelay(talks, now));
    };
    timer = window.setTimeout(check, nextCheckDelay(talks, new Date()));
    return () => window.clearTimeout(timer);
  }, [agenda.data]);

  const announcement = due.map((talk) => t('reminder.starts', { title: talk.title })).join(' ');
  // The live region is there before anything is announced (screen readers may miss a region that
  // appears together with its text), but only while a saved talk is still ahead.
  const ahead = (agenda.data ?? []).some((talk) => Date.parse(talk.start) > Date.now());
  return (
    <>
      {(ahead || due.length > 0) && (
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      )}
      {due.length > 0 && (
        <div className="reminder-banner">
          <ul>
            {due.map((talk) => (
              <li key={talk.id}>
                <strong>{t('reminder.title')}</strong> <span lang={contentLang}>{talk.title}</span>{' '}
                <AppLink to={`/buehne/${talk.stage.key}`} label={t('reminder.toStage', { stage: talk.stage.name })} />{' '}
                <KolButton
                  _label={t('reminder.dismiss')}
                  _variant="secondary"
                  _on={{ onClick: () => setDue((current) => current.filter((c) => c.id !== talk.id)) }}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
