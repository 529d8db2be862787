import { KolInputText } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { useAuth } from '../../../shared/auth/AuthContext';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { SubmitButton } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { Notice } from '../../../shared/ui/Notice';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { privacyApi } from '../api';
import { textField } from '../../../shared/forms/textField';
import '../../../i18n/privacyTexts';

function Deleted() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.delete.doneTitle'));
  return (
    <div className="page page--privacy">
      <PageHeading>{t('privacy.delete.doneTitle')}</PageHeading>
      <p role="status">{t('privacy.delete.done')}</p>
      <p>
        <AppLink to="/" label={t('privacy.delete.toStart')} />
      </p>
    </div>
  );
}

/**
 * "Konto löschen": says what goes and what stays without name, asks for the username as confirmation,
 * then deletes the account and ends the session in this browser (the Keycloak account is gone, so there is
 * nothing left to log out of there).
 */
export function DeleteAccountPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const { userManager } = useAuth();
  const { me } = useCurrentUser();
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const erase = useMutation({
    mutationFn: () => privacyApi.eraseOwnAccount(confirm.trim()),
    onSuccess: async () => {
      setDeleted(true);
      await userManager?.removeUser();
    },
  });

  if (deleted) return <Deleted />;

  const mismatch = !me || confirm.trim().toLowerCase() !== me.username.toLowerCase();
  const confirmError = mismatch ? t('privacy.delete.confirmMismatch') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (mismatch) return;
    erase.mutate();
  };

  return (
    <ProtectedPage access={access} title={t('privacy.delete.pageTitle')} className="page--privacy">
      <p className="lead">{t('privacy.delete.intro')}</p>
      <ul>
        {(t('privacy.delete.whatHappens', { returnObjects: true }) as unknown as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <AppLink to="/meine-daten" label={t('privacy.delete.exportFirst')} />
      </p>
      <form className="delete-account-form" onSubmit={submit} noValidate>
        <KolInputText
          _label={t('privacy.delete.confirmLabel')}
          _hint={t('privacy.delete.confirmHint', { username: me?.username ?? '' })}
          _required
          {...textField(confirm, setConfirm, { touched, error: touched ? confirmError : undefined })}
        />
        <div className="button-row">
          <SubmitButton
            label={erase.isPending ? t('privacy.delete.deleting') : t('privacy.delete.submit')}
            busy={erase.isPending}
            variant="danger"
          />
        </div>
        {erase.isError && (
          <Notice type="error" alert>
            {errorMessage(erase.error, t)}
          </Notice>
        )}
      </form>
    </ProtectedPage>
  );
}
