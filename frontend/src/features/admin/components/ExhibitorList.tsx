import { KolButton, KolHeading, KolInputEmail, KolInputText } from '@public-ui/react-v19';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { busyButton, whenIdle } from '../../../shared/forms/busy';
import { Feedback, SubmitRow } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { useFormAction } from '../../../shared/forms/useFormAction';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { adminApi, type ExhibitorOverview, type StaffRole } from '../api/admin';
import '../texts';
import { textField } from '../../../shared/forms/textField';

const QUERY_KEY = 'admin-exhibitors';

/** Every exhibitor with its booths in the edition and its team; the admin searches, invites and removes. */
export function ExhibitorList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const exhibitors = useQuery({
    queryKey: [QUERY_KEY, query],
    queryFn: ({ signal }) => adminApi.exhibitors(query, { signal }),
  });
  return (
    <>
      <KolInputText _label={t('exhibitorAdmin.search')} _hint={t('exhibitorAdmin.searchHint')} _type="search"
        {...textField(search, setSearch)} />
      {exhibitors.isError && <ApiErrorAlert error={exhibitors.error} onRetry={() => void exhibitors.refetch()} />}
      {exhibitors.data && (
        <p className="status-line" role="status">
          {exhibitors.data.length ? t('exhibitorAdmin.count', { count: exhibitors.data.length }) : t('exhibitorAdmin.none')}
        </p>
      )}
      <ul className="exhibitor-list">
        {exhibitors.data?.map((exhibitor) => (
          <li key={exhibitor.slug} className="panel exhibitor-list__item">
            <ExhibitorEntry exhibitor={exhibitor} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ExhibitorEntry({ exhibitor }: { exhibitor: ExhibitorOverview }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const action = useFormAction();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: [QUERY_KEY] });

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setEmailError('');
    action.clear();
    if (!email.trim()) {
      setEmailError(t('exhibitorAdmin.emailRequired'));
      return;
    }
    await action.run(async () => {
      const invited = await adminApi.invite(exhibitor.slug, email.trim());
      setEmail('');
      await refresh();
      return t(invited.accountCreated ? 'exhibitorAdmin.invitedNew' : 'exhibitorAdmin.invitedExisting', { member: invited.member });
    }, (error) => {
      if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
        setEmailError(error.problem.errors?.map((e) => e.message).join(' ') || errorMessage(error, t));
        return '';
      }
      return errorMessage(error, t);
    });
  };

  const remove = (member: string) =>
    action.run(async () => {
      await adminApi.removeStaff(exhibitor.slug, member);
      await refresh();
      return t('exhibitorAdmin.removed', { member, name: exhibitor.name });
    }, (error) => errorMessage(error, t));

  const changeRole = (member: string, role: StaffRole) =>
    action.run(async () => {
      await adminApi.changeRole(exhibitor.slug, member, role);
      await refresh();
      return t(`exhibitorAdmin.roleChanged.${role}`, { member, name: exhibitor.name });
    }, (error) => errorMessage(error, t));
  const roles = new Map((exhibitor.members ?? []).map((m) => [m.member, m.role]));

  return (
    <>
      {/* Exhibitors and booths are named in German only (docs/content-languages.md): marked for English pages */}
      <KolHeading _label={`${exhibitor.name} (${exhibitor.slug})`} _level={3} lang="de" />
      <h4>{t('exhibitorAdmin.booths')}</h4>
      {exhibitor.booths.length === 0 ? (
        <p>{t('exhibitorAdmin.noBooths')}</p>
      ) : (
        <ul>
          {exhibitor.booths.map((booth) => (
            <li key={booth.slug}>
              <span lang="de">{booth.name}</span>: {t(`exhibitorAdmin.status.${booth.status}`)}
              {booth.draft && `, ${t(`exhibitorAdmin.draft.${booth.draft}`)}`}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('exhibitorAdmin.team')}</h4>
      {exhibitor.staff.length > 0 && <p className="hint">{t('exhibitorAdmin.rolesHint')}</p>}
      {exhibitor.staff.length === 0 ? (
        <p>{t('exhibitorAdmin.noTeam')}</p>
      ) : (
        <ul className="exhibitor-list__team">
          {exhibitor.staff.map((member) => {
            const role = roles.get(member) ?? 'lead';
            const other: StaffRole = role === 'lead' ? 'staff' : 'lead';
            return (
            <li key={member}>
              <span>{member}</span>: <span>{t(`exhibitorAdmin.role.${role}`)}</span>{' '}
              <KolButton _label={t(`exhibitorAdmin.makeRole.${other}`, { member })} _variant="tertiary" {...busyButton(action.busy)}
                _on={{ onClick: whenIdle(action.busy, () => changeRole(member, other)) }} />{' '}
              <KolButton _label={t('exhibitorAdmin.remove', { member })} _variant="secondary" {...busyButton(action.busy)}
                _on={{ onClick: whenIdle(action.busy, () => remove(member)) }} />
            </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(event) => void invite(event)} noValidate className="admin-form">
        <KolInputEmail _label={t('exhibitorAdmin.inviteEmail', { name: exhibitor.name })} _hint={t('exhibitorAdmin.inviteHint')}
          {...textField(email, setEmail)} _touched={Boolean(emailError)} _msg={kolMsg(emailError)} />
        <SubmitRow label={t('exhibitorAdmin.invite')} busy={action.busy} />
      </form>
      <Feedback message={action.message} failure={action.failure} />
    </>
  );
}
