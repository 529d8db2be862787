import { KolButton, KolInputCheckbox, KolTextarea } from '@public-ui/react-v19';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { programmeApi, type QuestionModeration, type QuestionView } from '../api/programme';
import { useContentLang } from '../../../i18n/useContentLang';
import { useAuth } from '../../../shared/auth/AuthContext';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { useInvalidateTalk } from '../hooks';
import { Notice } from '../../../shared/ui/Notice';
import { FormResult, SubmitRow } from '../../../shared/forms/Feedback';
import { textField } from '../../../shared/forms/textField';
import { checkboxField } from '../../../shared/forms/checkboxField';

const MAX_QUESTION = 1000;

/** The form to ask a question; it waits for a moderator before others see it. */
export function AskForm({ talkId }: { talkId: number }) {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const invalidate = useInvalidateTalk();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [touched, setTouched] = useState(false);
  const [result, setResult] = useState('');
  const ask = useMutation({
    mutationFn: () => programmeApi.ask(talkId, text.trim(), anonymous),
    onSuccess: () => {
      setText('');
      setAnonymous(false);
      setTouched(false);
      setResult(t('qa.asked'));
      invalidate(talkId);
    },
  });
  if (status !== 'authenticated') {
    return (
      <p>
        {t('qa.loginToAsk')}{' '}
        <KolButton _label={t('auth.login')} _variant="secondary" _on={{ onClick: () => void login() }} />
      </p>
    );
  }
  const serverErrors = ask.error instanceof ApiError ? fieldErrors(ask.error.problem.errors) : {};
  const localError = text.trim() === '' ? t('qa.required') : undefined;
  const shownError = touched ? (localError ?? serverErrors['text']?.join(' ') ?? serverErrors['question.text']?.join(' ')) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setResult('');
    if (localError) return;
    ask.mutate();
  };
  return (
    <form className="ask-form" onSubmit={submit} noValidate>
      <KolTextarea
        _label={t('qa.question')}
        _hint={t('qa.hint')}
        _rows={3}
        _maxLength={MAX_QUESTION}
        _hasCounter
        _required
        {...textField(text, setText, { touched, error: shownError })}
      />
      <KolInputCheckbox
        _label={t('qa.anonymous')}
        {...checkboxField(anonymous, setAnonymous)}
      />
      <SubmitRow label={t('qa.ask')} busy={ask.isPending} />
      {ask.isError && !(ask.error instanceof ApiError && ask.error.status === 400) && (
        <Notice type="error" alert>
          {errorMessage(ask.error, t)}
        </Notice>
      )}
      <FormResult>{result}</FormResult>
    </form>
  );
}

function VoteButton({ talkId, question }: { talkId: number; question: QuestionView }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTalk();
  const [message, setMessage] = useState('');
  const vote = useMutation({
    mutationFn: (up: boolean) => programmeApi.vote(talkId, question.id, up),
    onSuccess: (_data, up) => {
      setMessage(up ? t('qa.voted') : t('qa.unvoted'));
      invalidate(talkId);
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  return (
    <>
      <button
        type="button"
        className="toggle-button toggle-button--small"
        aria-pressed={question.votedByMe}
        aria-label={t('qa.upvoteLabel', { count: question.votes })}
        disabled={vote.isPending}
        onClick={() => vote.mutate(!question.votedByMe)}
      >
        <span aria-hidden="true">▲ {question.votes}</span>
      </button>
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </>
  );
}

function ModerationButtons({ talkId, question }: { talkId: number; question: QuestionView }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTalk();
  const [answer, setAnswer] = useState(question.answer ?? '');
  const [message, setMessage] = useState('');
  const moderate = useMutation({
    mutationFn: (change: QuestionModeration) => programmeApi.moderate(talkId, question.id, change),
    onSuccess: () => {
      setMessage(t('moderation.qa.saved'));
      invalidate(talkId);
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  const act = (change: QuestionModeration) => ({ onClick: () => moderate.mutate(change) });
  const short = question.text.length > 60 ? `${question.text.slice(0, 57)}…` : question.text;
  return (
    <div className="question__moderation" role="group" aria-label={t('moderation.qa.actionsFor', { question: short })}>
      <div className="button-row">
        {question.status !== 'approved' && question.status !== 'answered' && (
          <KolButton _label={t('moderation.qa.approve')} _variant="primary" _on={act({ status: 'approved' })} />
        )}
        {question.status !== 'rejected' && (
          <KolButton _label={t('moderation.qa.reject')} _variant="secondary" _on={act({ status: 'rejected' })} />
        )}
        <KolButton
          _label={question.pinned ? t('moderation.qa.unpin') : t('moderation.qa.pin')}
          _variant="secondary"
          _on={act({ pinned: !question.pinned })}
        />
      </div>
      <KolTextarea
        _label={t('moderation.qa.answer')}
        _rows={2}
        _maxLength={5000}
        {...textField(answer, setAnswer)}
      />
      <div className="button-row">
        <KolButton
          _label={t('moderation.qa.markAnswered')}
          _variant="secondary"
          _on={act({ status: 'answered', answer })}
        />
        <KolButton
          _label={question.inFaq ? t('moderation.qa.removeFromFaq') : t('moderation.qa.toFaq')}
          _variant="secondary"
          _disabled={!question.inFaq && !(question.answer || answer.trim())}
          _on={act(question.inFaq ? { inFaq: false } : { answer, inFaq: true })}
        />
      </div>
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}

interface QuestionListProps {
  talkId: number;
  questions: QuestionView[];
  /** Moderators get the actions per question and see pending and rejected ones. */
  moderate?: boolean;
  /** Speaker view: large type, no actions. */
  large?: boolean;
}

/** Questions sorted by votes (pinned first, as the backend answers them). */
export function QuestionList({ talkId, questions, moderate = false, large = false }: QuestionListProps) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const contentLang = useContentLang();
  if (questions.length === 0) return <p className="empty-state">{t('qa.empty')}</p>;
  const canVote = (q: QuestionView) =>
    !large && !moderate && status === 'authenticated' && (q.status === 'approved' || q.status === 'answered');
  return (
    <ol className={`question-list${large ? ' question-list--large' : ''}`}>
      {questions.map((q) => (
        <li key={q.id} className={`question question--${q.status}${q.pinned ? ' question--pinned' : ''}`}>
          <p className="question__text" lang={contentLang}>
            {q.text}
          </p>
          <p className="question__meta">
            {q.pinned && <span className="badge">{t('qa.pinned')}</span>}
            {(q.status !== 'approved' || moderate) && <span className="badge">{t(`qa.status.${q.status}`)}</span>}
            {q.inFaq && <span className="badge">{t('qa.inFaq')}</span>}
            <span>{q.author ? t('qa.by', { name: q.author }) : t('qa.byAnonymous')}</span>
            {moderate && q.anonymous && <span> {t('qa.askedAnonymously')}</span>}
            {!canVote(q) && <span>{t('qa.votes', { count: q.votes })}</span>}
          </p>
          {q.answer && (
            <p className="question__answer">
              <strong>{t('qa.answer')}:</strong> <span lang={contentLang}>{q.answer}</span>
            </p>
          )}
          {canVote(q) && <VoteButton talkId={talkId} question={q} />}
          {moderate && <ModerationButtons talkId={talkId} question={q} />}
        </li>
      ))}
    </ol>
  );
}
