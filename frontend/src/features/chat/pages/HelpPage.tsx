import { KolButton } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { chatApi } from '../api/chatRest';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';

/** "Hilfe": opens the user's private conversation with the organiser's support team (admins answer it). */
export function HelpPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const navigate = useNavigate();
  const [message, setMessage] = useState('');
  const open = useMutation({
    mutationFn: () => chatApi.openSupport(),
    onSuccess: (conversation) => void navigate(`/gespraeche/${conversation.id}`),
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  return (
    <ProtectedPage access={access} title={t('chat.help.pageTitle')} className="page--help">
      <p>{t('chat.help.intro')}</p>
      <p role="status" className="status-line">
        {message}
      </p>
      <div className="button-row">
        <KolButton _label={t('chat.help.start')} _variant="primary" {...busyButton(open.isPending)}
          _on={{ onClick: whenIdle(open.isPending, () => open.mutate()) }} />
      </div>
    </ProtectedPage>
  );
}
