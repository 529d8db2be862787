import { KolAlert, KolInputEmail, KolInputFile, KolInputText, KolTextarea } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SubmitButton } from '../../../shared/forms/Feedback';
import { ApiError } from '../../../shared/api';
import { formatDate } from '../../../i18n/format';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { accessibilityApi } from '../api';
import { textField } from '../../../shared/forms/textField';
import '../../../i18n/accessibilityTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';

const MAX_DESCRIPTION = 5000;
const ACCEPTED = 'image/png,image/jpeg,image/webp,image/gif,application/pdf';

/**
 * "Barriere melden": open to everyone, no login. The form fetches a signed token when it is shown and sends
 * it back with the report, together with a honeypot field that people (and assistive technology) never see.
 * On any refusal the input stays, so nothing typed is lost.
 */
export function ReportBarrierPage() {
  const { t, i18n } = useTranslation();
  const title = t('a11y.report.pageTitle');
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState(params.get('seite') ?? '');
  const [email, setEmail] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [honeypot, setHoneypot] = useState('');
  const [touched, setTouched] = useState(false);
  const [result, setResult] = useState('');
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const form = useApiQuery(['accessibility', 'form-token'], accessibilityApi.formToken, { staleTime: Infinity });
  const statement = useApiQuery(['accessibility', 'statement', i18n.language], accessibilityApi.statement, { retry: false });

  const send = useMutation({
    mutationFn: () => {
      const data = new FormData();
      data.append('description', description.trim());
      data.append('location', location.trim());
      if (email.trim()) data.append('contactEmail', email.trim());
      if (file) data.append('file', file);
      data.append('formToken', form.data?.token ?? '');
      data.append('website', honeypot);
      return accessibilityApi.sendReport(data);
    },
    onSuccess: (receipt) => {
      setDescription('');
      setLocation('');
      setEmail('');
      setFile(null);
      setTouched(false);
      setServerErrors({});
      setResult(
        `${t('a11y.report.sent', { id: receipt.id })} ${
          receipt.answerByMail
            ? t('a11y.report.sentMail', { date: formatDate(receipt.answerDueAt, i18n.language) })
            : t('a11y.report.sentNoMail')
        }`,
      );
      void form.refetch();
    },
    onError: (error) => {
      setResult('');
      if (error instanceof ApiError && error.status === 400) setServerErrors(fieldErrors(error.problem.errors));
      // A used or old token is replaced, so that sending again works
      void form.refetch();
    },
  });

  const descriptionError =
    (!description.trim() ? t('a11y.report.descriptionRequired') : undefined) ?? serverErrors.description?.join(' ');
  const locationError = (!location.trim() ? t('a11y.report.locationRequired') : undefined) ?? serverErrors.location?.join(' ');
  const emailError = serverErrors.contactEmail?.join(' ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setResult('');
    if (descriptionError || locationError || !form.data) return;
    send.mutate();
  };

  const failed = send.isError && !(send.error instanceof ApiError && send.error.status === 400 && send.error.problem.errors);
  const days = statement.data?.answerDays;

  return (
    <div className="page page--report">
      <PageHeading>{title}</PageHeading>
      <p>{t('a11y.report.intro')}</p>
      {days !== undefined && <p>{t('a11y.report.deadline', { days })}</p>}
      <form className="report-form" onSubmit={submit} noValidate>
        <KolTextarea
          _label={t('a11y.report.description')}
          _hint={t('a11y.report.descriptionHint')}
          _rows={6}
          _maxLength={MAX_DESCRIPTION}
          _hasCounter
          _required
          {...textField(description, setDescription, { touched, error: touched ? descriptionError : undefined })}
        />
        <KolInputText
          _label={t('a11y.report.location')}
          _hint={t('a11y.report.locationHint')}
          _maxLength={1000}
          _required
          {...textField(location, setLocation, { touched, error: touched ? locationError : undefined })}
        />
        <KolInputEmail
          _label={t('a11y.report.email')}
          _hint={t('a11y.report.emailHint')}
          _maxLength={254}
          {...textField(email, setEmail, { touched, error: touched ? emailError : undefined })}
        />
        <KolInputFile
          _label={t('a11y.report.file')}
          _hint={t('a11y.report.fileHint')}
          _accept={ACCEPTED}
          _on={{ onChange: (_event: Event, value: unknown) => setFile((value as FileList | null)?.[0] ?? null) }}
        />
        {/* Honeypot: off screen and hidden from assistive technology; people leave it empty, bots fill it */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="report-website">{t('a11y.report.honeypot')}</label>
          <input
            id="report-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={honeypot}
            onChange={(event) => setHoneypot(event.target.value)}
          />
        </div>
        <div className="button-row">
          <SubmitButton
            label={send.isPending ? t('a11y.report.sending') : t('a11y.report.send')}
            busy={send.isPending}
            disabled={!form.data}
          />
        </div>
        {form.isPending && <p className="status-line">{t('a11y.report.loadingForm')}</p>}
        {(failed || form.isError) && (
          <div className="form-notice">
            <KolAlert _type="error" _variant="card" _level={0} _alert>
              {errorMessage(send.error ?? form.error, t)}
            </KolAlert>
          </div>
        )}
        <p role="status" className="form-result">
          {result}
        </p>
      </form>
      <p>
        <AppLink to="/barrierefreiheit" label={t('a11y.report.statementLink')} />
      </p>
    </div>
  );
}
