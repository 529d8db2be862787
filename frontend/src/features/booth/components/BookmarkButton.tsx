import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StarToggle } from '../../../shared/ui/StarToggle';
import { boothApi } from '../api/booth';

/**
 * "Auf die Merkliste" as a toggle button ({@link StarToggle}). It starts from the server's state and then keeps its own.
 */
export function BookmarkButton({ slug, bookmarked }: { slug: string; bookmarked: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pressed, setPressed] = useState(bookmarked);
  const [message, setMessage] = useState('');
  const mutation = useMutation({
    mutationFn: (next: boolean) => (next ? boothApi.bookmark(slug) : boothApi.unbookmark(slug)),
    onSuccess: (_data, next) => {
      setMessage(next ? t('booth.bookmark.added') : t('booth.bookmark.removed'));
      void queryClient.invalidateQueries({ queryKey: ['bookmarks'] });
      void queryClient.invalidateQueries({ queryKey: ['booth'] });
    },
    onError: (_error, next) => {
      setPressed(!next);
      setMessage(t('booth.bookmark.failed'));
    },
  });

  return (
    <div className="bookmark">
      <StarToggle
        pressed={pressed}
        disabled={mutation.isPending}
        onClick={() => {
          const next = !pressed;
          setPressed(next);
          mutation.mutate(next);
        }}
      >
        {t('booth.bookmark.label')}
      </StarToggle>
      <p className="bookmark__status" role="status">
        {message}
      </p>
    </div>
  );
}
