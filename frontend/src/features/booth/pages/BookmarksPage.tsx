import { KolButton } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { BoothCard } from '../../../shared/booth/BoothCard';
import { busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { boothApi } from '../api/booth';

export function BookmarksPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('visitor');
  const queryClient = useQueryClient();
  const bookmarks = useQuery({
    queryKey: ['bookmarks', i18n.language],
    queryFn: ({ signal }) => boothApi.bookmarks({ signal }),
    enabled: access === 'granted',
  });
  const [message, setMessage] = useState('');
  const remove = useMutation({
    mutationFn: ({ slug }: { slug: string; name: string }) => boothApi.unbookmark(slug),
    onSuccess: (_data, { name }) => {
      setMessage(t('bookmarks.removed', { name }));
      void queryClient.invalidateQueries({ queryKey: ['bookmarks'] });
      void queryClient.invalidateQueries({ queryKey: ['booth'] });
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });

  return (
    <ProtectedPage access={access} title={t('bookmarks.pageTitle')} className="page--bookmarks">
      <p className="lead">{t('bookmarks.intro')}</p>
      <p role="status" className="status-line">
        {message}
      </p>
      {bookmarks.isPending && <p className="status-line">{t('common.loading')}</p>}
      {bookmarks.isError && <ApiErrorAlert error={bookmarks.error} onRetry={() => void bookmarks.refetch()} />}
      {bookmarks.data && bookmarks.data.length === 0 && (
        <>
          <p className="empty-state">{t('bookmarks.empty')}</p>
          <p>
            <AppLink to="/halle" label={t('start.cta.link')} />
          </p>
        </>
      )}
      {bookmarks.data && bookmarks.data.length > 0 && (
        <ul className="booth-grid" aria-label={t('bookmarks.listLabel')}>
          {bookmarks.data.map(({ booth }) => (
            <BoothCard key={booth.slug} booth={booth}>
              <p className="booth-card__remove">
                <KolButton
                  _label=""
                  _variant="secondary"
                  {...busyButton(remove.isPending)}
                  _on={{ onClick: whenIdle(remove.isPending, () => remove.mutate({ slug: booth.slug, name: booth.name })) }}
                >
                  <span slot="expert">
                    {t('bookmarks.remove')}
                    <span className="visually-hidden">
                      {'– '}
                      <span lang="de">{booth.name}</span>
                    </span>
                  </span>
                </KolButton>
              </p>
            </BoothCard>
          ))}
        </ul>
      )}
    </ProtectedPage>
  );
}
