import { KolButton, KolInputCheckbox, KolTextarea } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormResult, SubmitButton } from '../../../shared/forms/Feedback';
import { ApiError } from '../../../shared/api';
import { useAuth } from '../../../shared/auth/AuthContext';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { boothApi } from '../api/booth';
import { Notice } from '../../../shared/ui/Notice';
import { textField } from '../../../shared/forms/textField';
import { checkboxField } from '../../../shared/forms/checkboxField';

export const MAX_MESSAGE_LENGTH = 4000;

interface ContactRequestFormProps {
  slug: string;
  exhibitorName: string;
  enabled: boolean;
}

/**
 * Contact request to the booth's team. Consent is explicit and names what is passed on; the result is
 * announced in a live region that is always in the DOM.
 */
export function ContactRequestForm({ slug, exhibitorName, enabled }: ContactRequestFormProps) {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const [message, setMessage] = useState('');
  const [consent, setConsent] = useState(false);
  const [touched, setTouched] = useState(false);
  const [result, setResult] = useState('');
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const send = useMutation({
    mutationFn: () => boothApi.sendContactRequest(slug, { message: message.trim(), consent }),
    onSuccess: () => {
      setMessage('');
      setConsent(false);
      setTouched(false);
      setServerErrors({});
      setResult(t('contact.sent', { exhibitor: exhibitorName }));
    },
    onError: (error) => {
      setResult('');
      if (error instanceof ApiError && error.status === 400) setServerErrors(fieldErrors(error.problem.errors));
    },
  });

  const closedNotice = (
    <Notice type="info">
      {t('contact.closed')}
    </Notice>
  );

  // No point in asking to log in for a form that is closed anyway
  if (!enabled && status !== 'authenticated') return closedNotice;

  if (status !== 'authenticated') {
    return (
      <div className="contact-login">
        <p>{t('contact.loginHint')}</p>
        {status === 'anonymous' && (
          <KolButton _label={t('contact.login')} _variant="secondary" _on={{ onClick: () => void login() }} />
        )}
      </div>
    );
  }

  const messageError =
    (!message.trim() ? t('contact.messageRequired') : undefined) ?? serverErrors.message?.join(' ');
  const consentError = (!consent ? t('contact.consentRequired') : undefined) ?? serverErrors.consent?.join(' ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setResult('');
    if (!enabled || messageError || consentError) return;
    send.mutate();
  };

  const failed = send.isError && !(send.error instanceof ApiError && send.error.status === 400);

  return (
    <form className="contact-form" onSubmit={submit} noValidate>
      {!enabled && closedNotice}
      <KolTextarea
        _label={t('contact.message')}
        _hint={t('contact.messageHint', { max: MAX_MESSAGE_LENGTH })}
        _rows={6}
        _maxLength={MAX_MESSAGE_LENGTH}
        _hasCounter
        _required
        _disabled={!enabled}
        {...textField(message, setMessage, { touched, error: touched ? messageError : undefined })}
      />
      <KolInputCheckbox
        _label={t('contact.consent', { exhibitor: exhibitorName })}
        {...checkboxField(consent, setConsent)}
        _required
        _disabled={!enabled}
        _touched={touched}
        _msg={kolMsg(touched ? consentError : undefined)}
      />
      <div className="button-row">
        <SubmitButton label={send.isPending ? t('contact.sending') : t('contact.send')} busy={send.isPending} disabled={!enabled} />
      </div>
      {failed && (
        <Notice type="error" alert>
          {errorMessage(send.error, t)}
        </Notice>
      )}
      <FormResult>{result}</FormResult>
    </form>
  );
}
