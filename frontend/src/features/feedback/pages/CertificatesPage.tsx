import { KolButton, KolSelect } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { FormResult, SubmitRow } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { Loading } from '../../../shared/ui/Loading';
import { Notice } from '../../../shared/ui/Notice';
import { saveBlob } from '../../../shared/ui/saveBlob';
import { formatDate, formatTime } from '../../../i18n/format';
import { certificatesApi, type Certificate } from '../api';
import '../certificates.css';
import { textField } from '../../../shared/forms/textField';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/** "Teilnahmebescheinigungen": request one per edition from the talks followed live; download the PDF. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const client = useQueryClient();
  const editions = useApiQuery(['editions', 'certificates'], certificatesApi.editions, { enabled: access === 'granted' });
  const mine = useApiQuery(['certificates', 'mine'], certificatesApi.mine, { enabled: access === 'granted' });
  const [edition, setEdition] = useState('');
  const [result, setResult] = useState('');
  const chosen = edition || editions.data?.[0]?.slug || '';
  const request = useMutation({
    mutationFn: () => certificatesApi.request(chosen),
    onSuccess: () => {
      setResult(t('certificates.requested'));
      void client.invalidateQueries({ queryKey: ['certificates', 'mine'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult('');
    if (chosen) request.mutate();
  };
  return (
    <ProtectedPage access={access} title={t('certificates.pageTitle')} className="page--certificates">
      <p className="lead">{t('certificates.intro')}</p>
      {editions.isError && <ApiErrorAlert error={editions.error} />}
      {editions.data && editions.data.length > 0 && (
        <form className="certificate-form" onSubmit={submit} noValidate>
          <KolSelect
            _label={t('certificates.edition')}
            _options={editions.data.map((e) => ({ label: e.title, value: e.slug }))}
            {...textField(chosen, setEdition)}
          />
          <SubmitRow label={t('certificates.request')} busy={request.isPending} />
          {request.isError && (
            <Notice type="error" alert>
              {errorMessage(request.error, t)}
            </Notice>
          )}
          <FormResult>{result}</FormResult>
        </form>
      )}
      <h2>{t('certificates.mine')}</h2>
      {mine.isPending && access === 'granted' && <Loading />}
      {mine.isError && <ApiErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.data?.length === 0 && <p className="empty-state">{t('certificates.empty')}</p>}
      {mine.data && mine.data.length > 0 && (
        <ul className="certificate-list">
          {mine.data.map((c) => (
            <CertificateItem key={c.code} certificate={c} />
          ))}
        </ul>
      )}
    </ProtectedPage>
  );
}

function CertificateItem({ certificate: c }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [failure, setFailure] = useState('');
  const download = async () => {
    setFailure('');
    try {
      saveBlob(await certificatesApi.pdf(c.code), `teilnahmebescheinigung-${c.code}.pdf`);
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <li className="certificate panel">
      <h3>{c.event}</h3>
      <dl className="facts">
        <dt>{t('certificates.code')}</dt>
        <dd>
          <code>{c.code}</code>
        </dd>
        <dt>{t('certificates.issued')}</dt>
        <dd>{formatDate(c.issuedAt, lang)}</dd>
        <dt>{t('certificates.total')}</dt>
        <dd>{t('certificates.minutes', { count: c.totalMinutes })}</dd>
      </dl>
      <h4>{t('certificates.talks')}</h4>
      <ul>
        {c.talks.map((talk) => (
          <li key={talk.id}>
            {t('certificates.talkLine', {
              date: formatDate(talk.start, lang),
              time: `${formatTime(talk.start, lang)}–${formatTime(talk.end, lang)}`,
              title: talk.title,
              stage: talk.stage,
              minutes: t('certificates.minutes', { count: talk.attendedMinutes }),
            })}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <KolButton
          _label={t('certificates.download')}
          _ariaDescription={t('certificates.downloadLabel', { code: c.code })}
          _variant="primary"
          _on={{ onClick: () => void download() }}
        />
        <AppLink to={`/bescheinigung/${c.code}`} label={t('certificates.verifyLink')} />
      </div>
      {failure && (
        <Notice type="error" alert>
          {failure}
        </Notice>
      )}
    </li>
  );
}
