import { KolButton, KolHeading, KolInputCheckbox, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { Feedback, SubmitButton } from '../../../shared/forms/Feedback';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { accessibilityApi, REPORT_STATUSES, type Report, type ReportStatus } from '../api';
import { textField } from '../../../shared/forms/textField';
import '../../../i18n/accessibilityTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { checkboxField } from '../../../shared/forms/checkboxField';

/** The queue of barrier reports: filter, list with deadlines, and the selected report with its replies. */
export function ReportQueue({ username }: { username: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const reports = useApiQuery(['accessibility', 'reports', status, overdue], (o) =>
    accessibilityApi.reports({ status, overdue }, o),
  );
  const statusOptions = [
    { label: t('a11y.admin.allStatuses'), value: '' },
    ...REPORT_STATUSES.map((s) => ({ label: t(`a11y.status.${s}`), value: s })),
  ];

  return (
    <section id="meldungen" className="admin-section panel">
      <KolHeading _label={t('a11y.admin.queueHeading')} _level={2} />
      <div className="field-row">
        <KolSelect
          _label={t('a11y.admin.filterStatus')}
          _options={statusOptions}
          _value={status}
          _on={{ onInput: (_event: Event, value: unknown) => setStatus(String(value ?? '') as ReportStatus | '') }}
        />
        <KolInputCheckbox
          _label={t('a11y.admin.onlyOverdue')}
          {...checkboxField(overdue, setOverdue)}
        />
      </div>
      {reports.isError && <ApiErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data && reports.data.length === 0 && <p role="status">{t('a11y.admin.empty')}</p>}
      {reports.data && reports.data.length > 0 && (
        <ul className="report-list">
          {reports.data.map((report) => (
            <ReportRow key={report.id} report={report} onOpen={() => setSelected(report.id)} />
          ))}
        </ul>
      )}
      {selected !== null && <ReportDetailPanel id={selected} username={username} onClose={() => setSelected(null)} />}
    </section>
  );
}

function ReportRow({ report, onOpen }: { report: Report; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={report.overdue ? 'report-row report-row--overdue' : 'report-row'}>
      <p className="report-row__text">{report.description}</p>
      <p className="report-row__meta">
        {t(`a11y.status.${report.status}`)} · {t('a11y.admin.received')}: {formatDate(report.createdAt, i18n.language)} ·{' '}
        {t('a11y.admin.due')}: {formatDate(report.dueAt, i18n.language)}
        {report.overdue && <strong className="badge badge--warning"> {t('a11y.admin.overdue')}</strong>} ·{' '}
        {t('a11y.admin.assignee')}: {report.assignee ?? t('a11y.admin.nobody')}
      </p>
      <KolButton _label={t('a11y.admin.open', { id: report.id })} _variant="secondary" _on={{ onClick: onOpen }} />
    </li>
  );
}

function ReportDetailPanel({ id, username, onClose }: { id: number; username: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const detail = useApiQuery(['accessibility', 'report', id], (o) => accessibilityApi.report(id, o));
  const [edit, setEdit] = useState<{ status?: ReportStatus; assignee?: string }>({});
  const [message, setMessage] = useState('');
  const [interim, setInterim] = useState(false);
  const [touched, setTouched] = useState(false);
  const [status, setStatusLine] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['accessibility'] });
  const save = useMutation({
    mutationFn: () => accessibilityApi.updateReport(id, edit),
    onSuccess: () => {
      setStatusLine(t('a11y.admin.saved'));
      setEdit({});
      refresh();
    },
  });
  const reply = useMutation({
    mutationFn: () => accessibilityApi.reply(id, { message: message.trim(), interim }),
    onSuccess: () => {
      setStatusLine(t('a11y.admin.replySent'));
      setMessage('');
      setInterim(false);
      setTouched(false);
      refresh();
    },
  });
  const download = useMutation({
    mutationFn: () => accessibilityApi.attachment(id),
    onSuccess: (blob) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = detail.data?.report.attachment?.fileName ?? 'anhang';
      link.click();
      URL.revokeObjectURL(url);
    },
  });

  if (detail.isError) return <ApiErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <p className="status-line">{t('common.loading')}</p>;
  const { report, replies } = detail.data;
  const messageError = !message.trim() ? t('a11y.admin.messageRequired') : undefined;
  const failure = [save, reply, download].find((m) => m.isError)?.error;

  return (
    <div className="report-detail panel" role="region" aria-labelledby={`report-${id}`}>
      <h3 id={`report-${id}`}>{t('a11y.admin.detailHeading', { id })}</h3>
      <p className="pre-line">{report.description}</p>
      <p>
        {t('a11y.admin.where')}: {report.location}
      </p>
      <p>
        {t('a11y.admin.contact')}: {report.contactEmail ?? t('a11y.admin.noContact')}
      </p>
      {report.attachment && (
        <KolButton
          _label={t('a11y.admin.attachment', { file: report.attachment.fileName })}
          _variant="secondary"
          _on={{ onClick: () => download.mutate() }}
        />
      )}
      <div className="field-row">
        <KolSelect
          _label={t('a11y.admin.filterStatus')}
          _options={REPORT_STATUSES.map((s) => ({ label: t(`a11y.status.${s}`), value: s }))}
          _value={edit.status ?? report.status}
          _on={{ onInput: (_event: Event, value: unknown) => setEdit((e) => ({ ...e, status: String(value) as ReportStatus })) }}
        />
        <KolInputText
          _label={t('a11y.admin.assignee')}
          _value={edit.assignee ?? report.assignee ?? ''}
          _maxLength={100}
          _on={{ onInput: (_event: Event, value: unknown) => setEdit((e) => ({ ...e, assignee: String(value ?? '') })) }}
        />
      </div>
      <div className="button-row">
        <KolButton _label={t('a11y.admin.assignMe')} _variant="tertiary" _on={{ onClick: () => setEdit((e) => ({ ...e, assignee: username })) }} />
        <KolButton _label={t('a11y.admin.save')} _variant="secondary" _on={{ onClick: () => save.mutate() }} />
      </div>

      <h4>{t('a11y.admin.repliesHeading')}</h4>
      {replies.length === 0 && <p>{t('a11y.admin.noReplies')}</p>}
      <ul className="reply-list">
        {replies.map((r) => (
          <li key={r.id}>
            <p className="pre-line">{r.message}</p>
            <p className="field-hint">
              {t('a11y.admin.replyMeta', { who: r.sentBy, date: formatDateTime(r.sentAt, i18n.language) })}
              {r.interim && ` · ${t('a11y.admin.interimTag')}`} ·{' '}
              {r.mailSent ? t('a11y.admin.mailed', { to: r.mailedTo }) : t('a11y.admin.notMailed')}
            </p>
          </li>
        ))}
      </ul>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!messageError) reply.mutate();
        }}
      >
        <KolTextarea
          _label={t('a11y.admin.message')}
          _hint={t('a11y.admin.messageHint')}
          _rows={5}
          _required
          {...textField(message, setMessage, { touched, error: touched ? messageError : undefined })}
        />
        <KolInputCheckbox
          _label={t('a11y.admin.interim')}
          {...checkboxField(interim, setInterim)}
        />
        <div className="button-row">
          <SubmitButton label={t('a11y.admin.sendReply')} busy={reply.isPending} />
          <KolButton _label={t('a11y.admin.close')} _variant="tertiary" _on={{ onClick: onClose }} />
        </div>
      </form>
      <Feedback message={status} failure={failure ? errorMessage(failure, t) : ''} />
    </div>
  );
}
