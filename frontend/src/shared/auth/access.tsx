import { useEffect, useRef, type ReactNode } from 'react';
import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../ui/AppLink';
import { PageHeading } from '../ui/PageHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useAuth } from './AuthContext';
import { hasRole, type Role } from './roles';
import { useCurrentUser } from './useCurrentUser';
import { Loading } from '../ui/Loading';

export type AccessState = 'checking' | 'anonymous' | 'unavailable' | 'forbidden' | 'granted';

/** Whether the current user may open a page for the given role. */
export function useAccess(role: Role): AccessState {
  const { status } = useAuth();
  const { me, meFailed } = useCurrentUser();
  if (status === 'loading') return 'checking';
  if (status === 'unavailable') return 'unavailable';
  if (status === 'anonymous') return 'anonymous';
  if (!me) return meFailed ? 'unavailable' : 'checking';
  return hasRole(me.roles, role) ? 'granted' : 'forbidden';
}

export interface ProtectedPageProps {
  access: AccessState;
  /** The page's own title (h1 and document title) once access is granted. */
  title: string;
  titleLang?: string;
  /** The API refused this user (403) although the role fits, e.g. staff of another exhibitor. */
  forbidden?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * Frame of every page behind the login: one h1 that stays the same element while access is checked
 * (so the focus set after a navigation stays on it), a redirect to the login for anonymous visitors,
 * and "Keine Berechtigung" for the wrong role.
 */
export function ProtectedPage({ access, title, titleLang, forbidden = false, className, children }: ProtectedPageProps) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const denied = access === 'forbidden' || (access === 'granted' && forbidden);
  const heading = denied ? t('access.forbidden.title') : title;
  useDocumentTitle(heading);
  const redirected = useRef(false);

  useEffect(() => {
    if (access === 'anonymous' && !redirected.current) {
      redirected.current = true;
      void login();
    }
  }, [access, login]);

  let body: ReactNode = children;
  if (access === 'checking') {
    body = (
      <Loading />
    );
  } else if (access === 'anonymous') {
    body = (
      <>
        <p role="status">{t('access.login.redirecting')}</p>
        <KolButton _label={t('auth.login')} _variant="primary" _on={{ onClick: () => void login() }} />
      </>
    );
  } else if (access === 'unavailable') {
    body = <p role="alert">{t('access.unavailable')}</p>;
  } else if (denied) {
    body = (
      <>
        <p>{t('access.forbidden.text')}</p>
        <p>
          <AppLink to="/" label={t('notFound.toStart')} />
        </p>
      </>
    );
  }

  return (
    <div className={`page ${className ?? ''}`.trim()}>
      <PageHeading lang={denied || access !== 'granted' ? undefined : titleLang}>{heading}</PageHeading>
      {body}
    </div>
  );
}
