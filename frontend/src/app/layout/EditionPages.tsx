import { Outlet } from 'react-router';
import { useEdition } from '../../shared/edition/EditionContext';
import { NotFoundPage } from '../../shared/ui/NotFoundPage';

/**
 * The pages under /<edition>/: shown once the edition is known to exist, the not-found page for a slug no
 * edition has. Should the list of editions fail to load, the page shows anyway: its API calls carry the
 * edition and answer 404 for an unknown one.
 */
export function EditionPages() {
  const { editions, unknown, failed } = useEdition();
  if (unknown) return <NotFoundPage />;
  return editions || failed ? <Outlet /> : null;
}
