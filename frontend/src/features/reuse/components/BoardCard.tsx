import { KolHeading, KolInputDate, KolLink, KolSelect, KolTextarea } from '@public-ui/react-v19';
import type { Iso8601 } from '@public-ui/components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReuseEvent, ReuseHandling, ReuseRequest, ReuseStatus } from '../../../shared/api';
import { useLabels } from '../../../shared/booth/labels';
import { SubmitButton } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { formatDateTime, formatLongDate } from '../../../i18n/format';
import { CONTENT_LANGUAGE } from '../../../i18n/useContentLang';
import { useReuseLabels } from '../../../shared/booth/reuseLabels';
import { Fact } from '../../../shared/ui/Fact';

interface BoardCardProps {
  request: ReuseRequest;
  staff: string[];
  busy: boolean;
  /** Field errors of the last save of this card, by field. */
  errors: Record<string, string[]>;
  onSave: (handling: ReuseHandling) => void;
}

/** One request on the board: its facts, the team's work on it (status, reason, notes, date, assignee) and its history. */
export function BoardCard({ request, staff, busy, errors, onSave }: BoardCardProps) {
  const { t, i18n } = useTranslation();
  const { reuseStatusName } = useReuseLabels();
  const { exhibitorTypeName } = useLabels();
  const [status, setStatus] = useState<ReuseStatus>(request.status);
  const [reason, setReason] = useState(request.reason ?? '');
  const [notes, setNotes] = useState(request.notes ?? '');
  const [nextDate, setNextDate] = useState(request.nextDate ?? '');
  const [assignee, setAssignee] = useState(request.assignee ?? '');
  const closed = request.status === 'zurueckgezogen';
  const text = (set: (value: string) => void) => ({ onInput: (_event: Event, value: unknown) => set(String(value ?? '')) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      version: request.version,
      status,
      reason: status === 'abgebrochen' ? reason.trim() || null : null,
      notes: notes.trim() || null,
      nextDate: nextDate || null,
      assignee: assignee || null,
    });
  };
  const eventText = (event: ReuseEvent) =>
    t(`reuse.board.event.${event.kind}`, {
      from: event.fromStatus ? reuseStatusName(event.fromStatus) : '',
      to: event.toStatus ? reuseStatusName(event.toStatus) : '',
      detail: event.detail ?? '–',
    });

  return (
    <article className="panel reuse-card">
      <KolHeading _label={`${request.organisation}: ${request.serviceName}`} _level={3} />
      <dl className="facts facts--compact">
        {request.requesterName && (
          <Fact label={t('reuse.board.requester')}>
            {request.requesterName}
            {request.requesterEmail && (
              <>
                {', '}
                <KolLink _href={`mailto:${request.requesterEmail}`} _label={request.requesterEmail} />
              </>
            )}
          </Fact>
        )}
        <Fact label={t('reuse.request.organisationType')}>{exhibitorTypeName(request.organisationType)}</Fact>
        {request.ags && <Fact label={t('reuse.board.ags')}>{request.ags}</Fact>}
        {request.inhabitants && <Fact label={t('reuse.board.inhabitants')}>{request.inhabitants.toLocaleString(i18n.language)}</Fact>}
        {request.timeFrame && <Fact label={t('reuse.board.timeFrame')} lang={CONTENT_LANGUAGE}>{request.timeFrame}</Fact>}
        {request.questions && <Fact label={t('reuse.board.questions')} lang={CONTENT_LANGUAGE}>{request.questions}</Fact>}
        {request.nextDate && <Fact label={t('reuse.board.nextDate')}>{formatLongDate(request.nextDate, i18n.language)}</Fact>}
        {request.adoptionYear && <Fact label={t('booth.reuse.adoptions')}>{request.adoptionYear}</Fact>}
      </dl>
      {!closed && (
        <details className="reuse-card__edit">
          <summary>{t('reuse.board.edit', { organisation: request.organisation })}</summary>
          <form onSubmit={submit} noValidate>
            <KolSelect
              _label={t('reuse.board.status')}
              _options={[request.status, ...request.allowedNext].map((s) => ({ label: reuseStatusName(s), value: s }))}
              _value={status}
              _msg={kolMsg(errors.status?.join(' '))}
              _touched={Boolean(errors.status)}
              _on={text((value) => setStatus(value as ReuseStatus))}
            />
            {status === 'abgebrochen' && (
              <KolTextarea
                _label={t('reuse.board.reason')}
                _required
                _rows={2}
                _value={reason}
                _msg={kolMsg(errors.reasonGiven?.join(' ') ?? errors.reason?.join(' '))}
                _touched={Boolean(errors.reasonGiven ?? errors.reason)}
                _on={text(setReason)}
              />
            )}
            <KolTextarea _label={t('reuse.board.notes')} _rows={3} _value={notes} _on={text(setNotes)} />
            <div className="field-row">
              <KolInputDate _label={t('reuse.board.nextDate')} _type="date" _value={(nextDate || null) as Iso8601 | null} _on={text(setNextDate)} />
              <KolSelect
                _label={t('reuse.board.assignee')}
                _options={[{ label: t('reuse.board.nobody'), value: '' }, ...staff.map((s) => ({ label: s, value: s }))]}
                _value={assignee}
                _on={text(setAssignee)}
              />
            </div>
            <div className="button-row">
              <SubmitButton label={t('reuse.board.save')} busy={busy} />
            </div>
          </form>
        </details>
      )}
      {request.history && request.history.length > 0 && (
        <details className="reuse-card__history">
          <summary>{t('reuse.board.history')}</summary>
          <ol>
            {request.history.map((event, index) => (
              <li key={index}>
                {formatDateTime(event.at, i18n.language)} – {event.actor ?? t('reuse.board.requesterActor')}: {eventText(event)}
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
