import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StarToggle, useOptimisticToggle } from '../../../shared/ui/StarToggle';
import { boothApi } from '../api/booth';

/**
 * "Auf die Merkliste" as a toggle button ({@link StarToggle}). It starts from the server's state and then keeps its own.
 */
export function BookmarkButton({ slug, bookmarked }: { slug: string; bookmarked: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (next: boolean) => (next ? boothApi.bookmark(slug) : boothApi.unbookmark(slug)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['bookmarks'] });
      void queryClient.invalidateQueries({ queryKey: ['booth'] });
    },
  });
  const { pressed, message, toggle } = useOptimisticToggle(bookmarked, (next) => mutation.mutateAsync(next), (next, failed) => {
    if (failed) return t('booth.bookmark.failed');
    return next ? t('booth.bookmark.added') : t('booth.bookmark.removed');
  });

  return (
    <div className="bookmark">
      <StarToggle
        pressed={pressed}
        disabled={mutation.isPending}
        onClick={toggle}
      >
        {t('booth.bookmark.label')}
      </StarToggle>
      <p className="bookmark__status" role="status">
        {message}
      </p>
    </div>
  );
}
