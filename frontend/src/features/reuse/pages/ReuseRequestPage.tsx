import { KolInputCheckbox, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, type ExhibitorType } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { ORGANISATION_TYPES, useLabels } from '../../../shared/booth/labels';
import { FormResult, SubmitRow } from '../../../shared/forms/Feedback';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink, BackLink } from '../../../shared/ui/AppLink';
import { Loading } from '../../../shared/ui/Loading';
import { Notice } from '../../../shared/ui/Notice';
import { reuseApi } from '../api';
import '../reuse.css';
import '../../../i18n/reuseTexts';
import { AGS_PATTERN } from '../ags';
import '../../../i18n/editorTexts';
import { useApiQuery } from '../../../shared/api/useApiQuery';

interface Form {
  organisation: string;
  organisationType: ExhibitorType | '';
  ags: string;
  inhabitants: string;
  timeFrame: string;
  questions: string;
  consent: boolean;
}

/** "Nachnutzung anfragen": a logged-in visitor asks the booth's team to reuse one of its services. */
export function ReuseRequestPage() {
  const { slug = '', key = '' } = useParams();
  const { t } = useTranslation();
  const { exhibitorTypeName } = useLabels();
  const access = useAccess('visitor');
  const granted = access === 'granted';
  const { me } = useCurrentUser();
  const booth = useApiQuery(['reuse-booth', slug], (o) => reuseApi.booth(slug, o), { enabled: granted });
  const service = booth.data?.services.find((s) => s.key === key);
  const [form, setForm] = useState<Form>(() => ({
    organisation: '',
    organisationType: '',
    ags: '',
    inhabitants: '',
    timeFrame: '',
    questions: '',
    consent: false,
  }));
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState('');
  const organisation = form.organisation || (touched ? '' : (me?.organisation ?? ''));
  const send = useMutation({
    mutationFn: () =>
      reuseApi.request(slug, key, {
        organisation: organisation.trim(),
        organisationType: form.organisationType as ExhibitorType,
        ags: form.ags.trim() || null,
        inhabitants: form.inhabitants.trim() ? Number(form.inhabitants) : null,
        timeFrame: form.timeFrame.trim() || null,
        questions: form.questions.trim() || null,
        consent: form.consent,
      }),
    onSuccess: () => {
      setServerErrors({});
      setResult(t('reuse.request.sent'));
    },
    onError: (error) => {
      setResult('');
      if (error instanceof ApiError && error.status === 400) setServerErrors(fieldErrors(error.problem.errors));
    },
  });

  const set = (name: keyof Form) => ({
    onInput: (_event: Event, value: unknown) => setForm((f) => ({ ...f, [name]: name === 'consent' ? value === true : String(value ?? '') })),
  });
  const localErrors: Record<string, string | undefined> = {
    organisation: organisation.trim() ? undefined : t('reuse.request.required'),
    organisationType: form.organisationType ? undefined : t('reuse.request.required'),
    ags:
      form.ags.trim() && !AGS_PATTERN.test(form.ags.trim())
        ? t('reuse.request.agsHint')
        : form.organisationType === 'kommune' && !form.ags.trim()
          ? t('reuse.request.agsHint')
          : undefined,
    consent: form.consent ? undefined : t('reuse.request.consentRequired'),
  };
  const error = (name: string) =>
    kolMsg(touched ? (localErrors[name] ?? serverErrors[name]?.join(' ') ?? (name === 'ags' ? serverErrors.agsGivenForMunicipality?.join(' ') : undefined)) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setResult('');
    if (Object.values(localErrors).some(Boolean)) return;
    send.mutate();
  };
  const notFound = booth.error instanceof ApiError && booth.error.isNotFound;
  const title = service ? t('reuse.request.heading', { name: service.name }) : t('reuse.request.pageTitle');
  const failed = send.isError && !(send.error instanceof ApiError && send.error.status === 400);

  return (
    <ProtectedPage access={access} title={title} className="page--reuse-request">
      <BackLink to={`/stand/${encodeURIComponent(slug)}`} label={t('reuse.request.back')} />
      {booth.isPending && <Loading />}
      {booth.isError && !notFound && <ApiErrorAlert error={booth.error} onRetry={() => void booth.refetch()} />}
      {(notFound || (booth.data && !service)) && <Notice type="warning">{t('reuse.request.notFound')}</Notice>}
      {booth.data && service && (
        <form className="reuse-request-form" onSubmit={submit} noValidate>
          <p>{t('reuse.request.intro', { exhibitor: booth.data.exhibitor.name })}</p>
          <KolInputText
            _label={t('reuse.request.organisation')}
            _required
            _value={organisation}
            _touched={touched}
            _msg={error('organisation')}
            _on={set('organisation')}
          />
          <KolSelect
            _label={t('reuse.request.organisationType')}
            _required
            _options={[{ label: t('editor.choose'), value: '' }, ...ORGANISATION_TYPES.map((v) => ({ label: exhibitorTypeName(v), value: v }))]}
            _value={form.organisationType}
            _touched={touched}
            _msg={error('organisationType')}
            _on={set('organisationType')}
          />
          <div className="field-row">
            <KolInputText
              _label={t('reuse.request.ags')}
              _hint={t('reuse.request.agsHint')}
              _required={form.organisationType === 'kommune'}
              _value={form.ags}
              _touched={touched}
              _msg={error('ags')}
              _on={set('ags')}
            />
            {/* A text field for digits: KolInputNumber's step buttons have no accessible name (axe: button-name) */}
            <KolInputText
              _label={t('reuse.request.inhabitants')}
              _maxLength={9}
              _value={form.inhabitants}
              _touched={touched}
              _msg={error('inhabitants')}
              _on={{
                onInput: (_event: Event, value: unknown) =>
                  setForm((f) => ({ ...f, inhabitants: String(value ?? '').replace(/\D/g, '') })),
              }}
            />
          </div>
          <KolInputText
            _label={t('reuse.request.timeFrame')}
            _hint={t('reuse.request.timeFrameHint')}
            _value={form.timeFrame}
            _on={set('timeFrame')}
          />
          <KolTextarea
            _label={t('reuse.request.questions')}
            _rows={5}
            _maxLength={5000}
            _value={form.questions}
            _touched={touched}
            _msg={error('questions')}
            _on={set('questions')}
          />
          <KolInputCheckbox
            _label={t('reuse.request.consent')}
            _checked={form.consent}
            _value={true}
            _required
            _touched={touched}
            _msg={error('consent')}
            _on={set('consent')}
          />
          <SubmitRow label={send.isPending ? t('reuse.request.sending') : t('reuse.request.submit')} busy={send.isPending || send.isSuccess} />
          {failed && (
            <Notice type="error" alert>
              {errorMessage(send.error, t)}
            </Notice>
          )}
          <FormResult>{result}</FormResult>
          {send.isSuccess && (
            <p>
              <AppLink to="/meine-nachnutzungen" label={t('reuse.request.toMine')} />
            </p>
          )}
        </form>
      )}
    </ProtectedPage>
  );
}
