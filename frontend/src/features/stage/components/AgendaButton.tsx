import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../shared/auth/AuthContext';
import { StarToggle, useOptimisticToggle } from '../../../shared/ui/StarToggle';
import { useAgendaToggle } from '../hooks';

/**
 * "In meine Agenda" for the personal agenda, as a toggle button ({@link StarToggle}).
 * Anonymous visitors are asked to log in first. The name says which talk, since a programme page has many.
 */
export function AgendaButton({ talkId, title, inAgenda }: { talkId: number; title: string; inAgenda: boolean }) {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const mutation = useAgendaToggle(talkId);
  const { pressed, setPressed, message, toggle: save } = useOptimisticToggle(inAgenda, (next) => mutation.mutateAsync(next), (next, failed) => {
    if (failed) return t('agenda.failed');
    return next ? t('agenda.added') : t('agenda.removed');
  });
  // Follows the server's answer; a layout effect, so that it has run before the first click (a passive effect may
  // run a frame later and take back a click made in between, ADR 0016)
  useLayoutEffect(() => setPressed(inAgenda), [inAgenda, setPressed]);

  const toggle = () => {
    if (status !== 'authenticated') {
      void login();
      return;
    }
    save();
  };

  return (
    <span className="agenda-toggle">
      <StarToggle
        pressed={pressed}
        stateless={status !== 'authenticated'}
        label={t('agenda.toggleLabel', { title })}
        disabled={mutation.isPending}
        onClick={toggle}
      >
        <span aria-hidden="true">{t('agenda.toggle')}</span>
      </StarToggle>
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </span>
  );
}
