import { KolButton, KolHeading, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../shared/booth/labels';
import { busyButton, Feedback, SubmitRow, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { networkApi, type Person } from '../api';
import { Fact } from '../../../shared/ui/Fact';
import { textField } from '../../../shared/forms/textField';

/** A person of the directory: who they are, and asking them for contact (with a short message) or blocking them. */
export function PersonCard({ person, canAsk, level = 3 }: { person: Person; canAsk: boolean; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const { exhibitorTypeName, topicCodeName } = useLabels();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['network'] });
  const done = (key: 'networking.person.asked' | 'networking.person.blocked') => () => {
    setMessage(t(key, { name: person.name }));
    setFailure('');
    setAsking(false);
    refresh();
  };
  const fail = (error: unknown) => setFailure(errorMessage(error, t));
  const ask = useMutation({ mutationFn: () => networkApi.ask(person.id, text), onSuccess: done('networking.person.asked'), onError: fail });
  const block = useMutation({ mutationFn: () => networkApi.blockPerson(person.id), onSuccess: done('networking.person.blocked'), onError: fail });
  const where = [person.hostRegionName, person.region].filter(Boolean).join(', ');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };

  return (
    <li className="panel">
      <KolHeading _label={person.name} _level={level} />
      <dl className="facts facts--compact">
        <Fact label={t('networking.person.organisation')}>
          {person.organisation}
          {person.organisationType ? ` (${exhibitorTypeName(person.organisationType)})` : ''}
        </Fact>
        {person.role && <Fact label={t('networking.person.role')}>{person.role}</Fact>}
        {where && <Fact label={t('networking.person.region')}>{where}</Fact>}
        {person.topicFields.length > 0 && <Fact label={t('networking.person.topicFields')}>{person.topicFields.map(topicCodeName).join(', ')}</Fact>}
      </dl>
      {person.about && <p>{person.about}</p>}
      <p className="muted">{t(`networking.contact.${person.contact}`)}</p>
      {person.contact === 'connected' && person.conversationId && (
        <p>
          <AppLink to={`/gespraeche/${person.conversationId}`} label={t('networking.person.write', { name: person.name })} variant="primary" />
        </p>
      )}
      {person.contact === 'none' && canAsk && !asking && (
        <div className="button-row">
          <KolButton _label={t('networking.person.ask', { name: person.name })} _on={{ onClick: () => setAsking(true) }} />
        </div>
      )}
      {asking && (
        <form onSubmit={submit} noValidate>
          <KolTextarea _label={t('networking.person.message')} _rows={3} _maxLength={500} {...textField(text, setText)} />
          <SubmitRow label={t('networking.person.send')} busy={ask.isPending} />
        </form>
      )}
      <div className="button-row">
        <KolButton _label={t('networking.person.block', { name: person.name })} _variant="secondary" {...busyButton(block.isPending)}
          _on={{ onClick: whenIdle(block.isPending, () => block.mutate()) }} />
      </div>
      <Feedback message={message} failure={failure} />
    </li>
  );
}
