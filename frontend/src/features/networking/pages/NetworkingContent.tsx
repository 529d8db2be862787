import { KolButton, KolHeading, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ORGANISATION_TYPES, useLabels } from '../../../shared/booth/labels';
import { hostRegions, useEventDays, useTopicFields } from '../../../shared/fair/hooks';
import { busyButton, SubmitRow, whenIdle } from '../../../shared/forms/Feedback';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { networkApi, type DirectoryFilter } from '../api';
import { PersonCard } from '../components/PersonCard';
import { ProfileForm } from '../components/ProfileForm';
import { RequestList } from '../components/RequestList';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { kolValue } from '../../../shared/forms/kolValue';

/**
 * "Vernetzen": the visitor's own profile (opt in, change, leave), their contact requests, suggestions and the
 * directory of everybody who opted in, and the people they blocked.
 */
export function NetworkingContent() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const granted = access === 'granted';
  const queryClient = useQueryClient();
  const { exhibitorTypeName, topicFieldName } = useLabels();
  const eventDays = useEventDays();
  const topicFields = useTopicFields();
  const regions = hostRegions(eventDays.data ?? []);
  const own = useApiQuery(['network', 'profile'], networkApi.profile, { enabled: granted });
  const requests = useApiQuery(['network', 'requests'], networkApi.requests, { enabled: granted });
  const suggestions = useApiQuery(['network', 'suggestions'], networkApi.suggestions, {
    enabled: granted && own.data?.findable === true,
  });
  const [fields, setFields] = useState<DirectoryFilter>({});
  const [filter, setFilter] = useState<DirectoryFilter>({});
  const directory = useApiQuery(['network', 'people', filter], (o) => networkApi.directory(filter, o), { enabled: granted });
  const blocks = useApiQuery(['network', 'blocks'], networkApi.blocks, { enabled: granted });
  const unblock = useMutation({
    mutationFn: (id: number) => networkApi.unblock(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['network'] }),
  });
  const findable = own.data?.findable === true;
  const set = (key: keyof DirectoryFilter) => ({
    onInput: (_e: Event, v: unknown) => setFields((f) => ({ ...f, [key]: kolValue(v) })),
    onChange: (_e: Event, v: unknown) => setFields((f) => ({ ...f, [key]: kolValue(v) })),
  });
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter(Object.fromEntries(Object.entries(fields).filter(([, v]) => v)));
  };
  const all = (label: string) => ({ label, value: '' });

  return (
    <ProtectedPage access={access} title={t('networking.pageTitle')} className="page--networking">
      <p className="lead">{t('networking.intro')}</p>

      <section aria-labelledby="network-profile">
        <KolHeading id="network-profile" _label={t('networking.profile.title')} _level={2} />
        <p>{t(findable ? 'networking.profile.findable' : 'networking.profile.notFindable')}</p>
        {own.isPending && granted && <Loading />}
        {own.isError && <ApiErrorAlert error={own.error} onRetry={() => void own.refetch()} />}
        {own.data && (
          <ProfileForm own={own.data} regions={regions} topicFields={topicFields.data ?? []} />
        )}
      </section>

      <section aria-labelledby="network-requests">
        <KolHeading id="network-requests" _label={t('networking.requests.title')} _level={2} />
        {requests.isError && <ApiErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />}
        {requests.data && (
          <>
            <KolHeading _label={t('networking.requests.incoming')} _level={3} />
            <RequestList requests={requests.data.incoming} label={t('networking.requests.incoming')} empty={t('networking.requests.noIncoming')} />
            <KolHeading _label={t('networking.requests.outgoing')} _level={3} />
            <RequestList requests={requests.data.outgoing} label={t('networking.requests.outgoing')} empty={t('networking.requests.noOutgoing')} />
          </>
        )}
      </section>

      {findable && suggestions.data && suggestions.data.length > 0 && (
        <section aria-labelledby="network-suggestions">
          <KolHeading id="network-suggestions" _label={t('networking.suggestions.title')} _level={2} />
          <p>{t('networking.suggestions.intro')}</p>
          <ul className="booth-grid" aria-label={t('networking.suggestions.title')}>
            {suggestions.data.map((p) => (
              <PersonCard key={p.id} person={p} canAsk />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="network-directory">
        <KolHeading id="network-directory" _label={t('networking.directory.title')} _level={2} />
        {!findable && <p>{t('networking.directory.askNeedsProfile')}</p>}
        <form className="hall-filters" onSubmit={search} noValidate role="search" aria-label={t('networking.directory.filter')}>
          <div className="hall-filters__fields">
          <KolInputText _label={t('networking.directory.q')} _value={fields.q ?? ''} _on={set('q')} />
          <KolSelect _label={t('networking.directory.type')} _value={fields.type ?? ''} _on={set('type')}
            _options={[all(t('networking.directory.allTypes')), ...ORGANISATION_TYPES.map((c) => ({ label: exhibitorTypeName(c), value: c }))]} />
          <KolSelect _label={t('networking.directory.region')} _value={fields.region ?? ''} _on={set('region')}
            _options={[all(t('networking.directory.allRegions')), ...regions.map((r) => ({ label: r.name, value: r.code }))]} />
          <KolSelect _label={t('networking.directory.topic')} _value={fields.topic ?? ''} _on={set('topic')}
            _options={[all(t('networking.directory.allTopics')), ...(topicFields.data ?? []).map((f) => ({ label: topicFieldName(f), value: f.code }))]} />
          </div>
          {/* Never busy: a search only reads, and a new one replaces the one still loading (a submission ignored while
              the list refreshed in the background after opting in was lost) */}
          <SubmitRow label={t('networking.directory.search')} />
        </form>
        {directory.isError && <ApiErrorAlert error={directory.error} onRetry={() => void directory.refetch()} />}
        <p role="status" className="status-line">
          {directory.data ? t('networking.directory.count', { count: directory.data.total }) : ''}
        </p>
        {directory.data && directory.data.people.length > 0 && (
          <ul className="booth-grid" aria-label={t('networking.directory.title')} aria-busy={directory.isFetching}>
            {directory.data.people.map((p) => (
              <PersonCard key={p.id} person={p} canAsk={findable} />
            ))}
          </ul>
        )}
      </section>

      {blocks.data && blocks.data.length > 0 && (
        <section aria-labelledby="network-blocks">
          <KolHeading id="network-blocks" _label={t('networking.blocks.title')} _level={2} />
          <ul className="link-list">
            {blocks.data.map((b) => (
              <li key={b.id}>
                {b.name}{' '}
                <KolButton _label={t('networking.blocks.lift', { name: b.name })} _variant="secondary"
                  {...busyButton(unblock.isPending)} _on={{ onClick: whenIdle(unblock.isPending, () => unblock.mutate(b.id)) }} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </ProtectedPage>
  );
}
