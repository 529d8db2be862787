import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../shared/auth/AuthContext';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { AppLink } from '../../shared/ui/AppLink';

/** Login and registration for visitors; name, "Meine Daten" and logout for logged-in users. */
export function AuthControls() {
  const { t } = useTranslation();
  const { status, login, register, logout } = useAuth();
  const { displayName } = useCurrentUser();

  if (status === 'loading') return null;
  if (status === 'unavailable') {
    return <p className="auth-controls__note">{t('auth.unavailable')}</p>;
  }
  if (status === 'authenticated') {
    return (
      <div className="auth-controls">
        <p className="auth-controls__user">
          <span className="auth-controls__label">{t('auth.signedInAs')}</span>{' '}
          <strong>{displayName}</strong>
        </p>
        <AppLink to="/meine-daten" label={t('auth.myData')} className="auth-controls__my-data" />
        <KolButton _label={t('auth.logout')} _variant="secondary" _on={{ onClick: () => void logout() }} />
      </div>
    );
  }
  return (
    <div className="auth-controls">
      <KolButton _label={t('auth.login')} _variant="primary" _on={{ onClick: () => void login() }} />
      <KolButton _label={t('auth.register')} _variant="secondary" _on={{ onClick: () => void register() }} />
    </div>
  );
}
