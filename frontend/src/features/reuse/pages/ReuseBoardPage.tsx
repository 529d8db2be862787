import { KolHeading } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ReuseHandling, type ReuseStatus } from '../../../shared/api';
import { ProtectedPage } from '../../../shared/auth/access';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBoothPage } from '../../../shared/booth/hooks';
import { Feedback } from '../../../shared/forms/Feedback';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { reuseApi } from '../api';
import '../reuse.css';
import '../../../i18n/reuseTexts';
import { BoardCard } from '../components/BoardCard';
import { useReuseLabels } from '../../../shared/booth/reuseLabels';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/** The board's columns, in the order a request moves; withdrawn requests get a column only when there are some. */
const BOARD_COLUMNS: ReuseStatus[] = ['interesse', 'im-gespraech', 'vereinbarung', 'in-einfuehrung', 'nachgenutzt', 'abgebrochen'];

/**
 * The booth's reuse board: one column per status (Interesse → Nachgenutzt, Abgebrochen), every request a
 * card the team works on. A stale save (409) reloads the board and says so.
 */
export function ReuseBoardPage() {
  const { t } = useTranslation();
  const { reuseStatusName } = useReuseLabels();
  
  const { slug, access, granted, name, booth } = useManagedBoothPage('exhibitor');
  const queryClient = useQueryClient();
  const queryKey = ['reuse-board', slug];
  const board = useApiQuery(queryKey, (o) => reuseApi.board(slug, o), { enabled: granted });
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [errors, setErrors] = useState<{ id: number; fields: Record<string, string[]> } | null>(null);
  const save = useMutation({
    mutationFn: ({ id, handling }: { id: number; handling: ReuseHandling }) => reuseApi.handle(id, handling),
    onMutate: () => {
      setMessage('');
      setFailure('');
      setErrors(null);
    },
    onSuccess: () => {
      setMessage(t('reuse.board.saved'));
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error, { id }) => {
      if (error instanceof ApiError && error.status === 409) {
        setFailure(`${errorMessage(error, t)} ${t('reuse.board.conflict')}`);
        void queryClient.invalidateQueries({ queryKey });
        return;
      }
      if (error instanceof ApiError && error.status === 400) setErrors({ id, fields: fieldErrors(error.problem.errors) });
      setFailure(errorMessage(error, t));
    },
  });
  const forbidden = board.error instanceof ApiError && (board.error.status === 403 || board.error.isNotFound);
  const requests = board.data?.requests ?? [];
  const withdrawn = requests.filter((r) => r.status === 'zurueckgezogen');

  return (
    <ProtectedPage access={access} title={t('reuse.board.heading', { name })} forbidden={forbidden} className="page--reuse-board">
      <BoothManageNav slug={slug} current="reuse" published={booth?.published} />
      <p>{t('reuse.board.intro')}</p>
      {board.isPending && granted && <Loading />}
      {board.isError && !forbidden && <ApiErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
      <Feedback message={message} failure={failure} />
      {board.data && (
        <div className="reuse-board">
          {[...BOARD_COLUMNS, ...(withdrawn.length > 0 ? (['zurueckgezogen'] as const) : [])].map((status) => {
            const column = requests.filter((r) => r.status === status);
            return (
              <section key={status} className={`reuse-board__column reuse-board__column--${status}`}>
                <KolHeading _label={`${reuseStatusName(status)} (${column.length})`} _level={2} />
                {column.length === 0 && <p className="empty-state">{t('reuse.board.empty')}</p>}
                {column.map((request) => (
                  <BoardCard
                    key={`${request.id}-${request.version}`}
                    request={request}
                    staff={board.data.staff}
                    busy={save.isPending}
                    errors={errors?.id === request.id ? errors.fields : {}}
                    onSave={(handling) => save.mutate({ id: request.id, handling })}
                  />
                ))}
              </section>
            );
          })}
        </div>
      )}
    </ProtectedPage>
  );
}
