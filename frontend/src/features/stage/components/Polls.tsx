import { KolButton, KolInputCheckbox, KolInputRadio, KolInputText } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { programmeApi, type PollState, type PollView } from '../api/programme';
import { useContentLang } from '../../../i18n/useContentLang';
import { useAuth } from '../../../shared/auth/AuthContext';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { useInvalidateTalk } from '../hooks';
import { FormResult, SubmitRow } from '../../../shared/forms/Feedback';
import { textField } from '../../../shared/forms/textField';
import { checkboxField } from '../../../shared/forms/checkboxField';

/** Share of the votes in whole percent; a poll without votes shows 0 %. */
export function percent(votes: number, total: number): number {
  return total > 0 ? Math.round((votes / total) * 100) : 0;
}

function PollResults({ poll }: { poll: PollView }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const total = poll.options.reduce((sum, o) => sum + o.votes, 0);
  return (
    <>
      <ul className="poll-results">
        {poll.options.map((option) => {
          const share = percent(option.votes, total);
          return (
            <li key={option.id}>
              <span lang={contentLang}>{option.text}</span>
              {': '}
              {t('polls.result', { count: option.votes, percent: share })}
              {poll.myVote?.includes(option.id) && <span className="badge">{t('polls.myChoice')}</span>}
              <span className="poll-results__bar" aria-hidden="true">
                <span style={{ width: `${share}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="poll__voters">{t('polls.voters', { count: poll.voters })}</p>
    </>
  );
}

function PollVoteForm({ poll, talkId }: { poll: PollView; talkId: number }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTalk();
  const [chosen, setChosen] = useState<number[]>([]);
  const [touched, setTouched] = useState(false);
  const vote = useMutation({
    mutationFn: () => programmeApi.votePoll(poll.id, chosen),
    onSuccess: () => invalidate(talkId),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (chosen.length > 0) vote.mutate();
  };
  const missing = touched && chosen.length === 0 ? t('polls.chooseOne') : undefined;
  const options = poll.options.map((o) => ({ label: o.text, value: String(o.id) }));
  return (
    <form onSubmit={submit} noValidate>
      {poll.multiple ? (
        <fieldset className="poll__options">
          <legend>{t('polls.chooseMany')}</legend>
          {poll.options.map((option) => (
            <KolInputCheckbox
              key={option.id}
              _label={option.text}
              _checked={chosen.includes(option.id)}
              _value={true}
              _on={{
                onInput: (_event: Event, value: unknown) =>
                  setChosen((current) => (value === true ? [...current, option.id] : current.filter((id) => id !== option.id))),
              }}
            />
          ))}
          {missing && <p className="field-error">{missing}</p>}
        </fieldset>
      ) : (
        <KolInputRadio
          _label={t('polls.chooseSingle')}
          _options={options}
          _value={chosen[0] !== undefined ? String(chosen[0]) : ''}
          _touched={touched}
          _msg={kolMsg(missing)}
          _on={{ onInput: (_event: Event, value: unknown) => setChosen([Number(value)]) }}
        />
      )}
      <SubmitRow label={t('polls.vote')} busy={vote.isPending} />
      {vote.isError && <p role="alert">{errorMessage(vote.error, t)}</p>}
    </form>
  );
}

/** The polls of a talk: open ones to vote in, results once voted or closed. */
export function PollList({ talkId, polls, moderate = false }: { talkId: number; polls: PollView[]; moderate?: boolean }) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const contentLang = useContentLang();
  if (polls.length === 0) return <p className="empty-state">{t('polls.empty')}</p>;
  return (
    <ul className="poll-list">
      {polls.map((poll) => {
        const voted = (poll.myVote ?? []).length > 0;
        const canVote = !moderate && poll.state === 'open' && status === 'authenticated' && !voted;
        return (
          <li key={poll.id} className="poll">
            <h3 className="poll__question" lang={contentLang}>
              {poll.question}
            </h3>
            <p className="poll__state">
              <span className="badge">{t(`polls.state.${poll.state}`)}</span>
              {poll.multiple ? t('polls.multiple') : t('polls.single')}
            </p>
            {canVote ? <PollVoteForm poll={poll} talkId={talkId} /> : poll.state !== 'draft' && <PollResults poll={poll} />}
            {!moderate && poll.state === 'open' && status !== 'authenticated' && <p>{t('polls.loginToVote')}</p>}
            {moderate && <PollStateButtons poll={poll} talkId={talkId} />}
          </li>
        );
      })}
    </ul>
  );
}

function PollStateButtons({ poll, talkId }: { poll: PollView; talkId: number }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTalk();
  const change = useMutation({
    mutationFn: (state: PollState) => programmeApi.setPollState(poll.id, state),
    onSuccess: () => invalidate(talkId),
  });
  return (
    <div className="button-row">
      {poll.state !== 'open' && (
        <KolButton
          _label={t('moderation.polls.open', { question: poll.question })}
          _variant="primary"
          _on={{ onClick: () => change.mutate('open') }}
        />
      )}
      {poll.state === 'open' && (
        <KolButton
          _label={t('moderation.polls.close', { question: poll.question })}
          _variant="secondary"
          _on={{ onClick: () => change.mutate('closed') }}
        />
      )}
      {change.isError && <p role="alert">{errorMessage(change.error, t)}</p>}
    </div>
  );
}

/** Moderators prepare a poll: a question and two to ten options, single or multiple choice. */
export function NewPollForm({ talkId }: { talkId: number }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTalk();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [multiple, setMultiple] = useState(false);
  const [touched, setTouched] = useState(false);
  const [result, setResult] = useState('');
  const create = useMutation({
    mutationFn: () => programmeApi.createPoll(talkId, question.trim(), options.map((o) => o.trim()).filter(Boolean), multiple),
    onSuccess: () => {
      setQuestion('');
      setOptions(['', '']);
      setMultiple(false);
      setTouched(false);
      setResult(t('moderation.polls.created'));
      invalidate(talkId);
    },
  });
  const filled = options.filter((o) => o.trim() !== '');
  const questionError = touched && !question.trim() ? t('moderation.polls.questionRequired') : undefined;
  const optionsError = touched && filled.length < 2 ? t('moderation.polls.optionsRequired') : undefined;
  const serverError = create.error instanceof ApiError ? errorMessage(create.error, t) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setResult('');
    if (!question.trim() || filled.length < 2) return;
    create.mutate();
  };
  return (
    <form className="new-poll" onSubmit={submit} noValidate>
      <KolInputText
        _label={t('moderation.polls.question')}
        _maxLength={300}
        _required
        {...textField(question, setQuestion, { touched, error: questionError })}
      />
      {options.map((option, index) => (
        <KolInputText
          key={index}
          _label={t('moderation.polls.option', { n: index + 1 })}
          _value={option}
          _maxLength={200}
          _touched={touched}
          _msg={kolMsg(index === 0 ? optionsError : undefined)}
          _on={{
            onInput: (_event: Event, value: unknown) =>
              setOptions((current) => current.map((o, i) => (i === index ? String(value ?? '') : o))),
          }}
        />
      ))}
      <div className="button-row">
        {options.length < 10 && (
          <KolButton
            _label={t('moderation.polls.addOption')}
            _variant="secondary"
            _on={{ onClick: () => setOptions((current) => [...current, '']) }}
          />
        )}
      </div>
      <KolInputCheckbox
        _label={t('moderation.polls.multiple')}
        {...checkboxField(multiple, setMultiple)}
      />
      <SubmitRow label={t('moderation.polls.create')} busy={create.isPending} />
      {serverError && <p role="alert">{serverError}</p>}
      <FormResult>{result}</FormResult>
    </form>
  );
}
