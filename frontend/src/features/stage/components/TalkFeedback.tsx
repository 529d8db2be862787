import { KolButton, KolInputRadio, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { useAuth } from '../../../shared/auth/AuthContext';
import { ActionButton, FormResult, SubmitRow } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { Notice } from '../../../shared/ui/Notice';
import { AppLink } from '../../../shared/ui/AppLink';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import { formatLongDate } from '../../../i18n/format';
import { feedbackApi, type FeedbackResults as Results, type MyTalkFeedback } from '../api/feedback';
import '../feedbackTexts';
import { textField } from '../../../shared/forms/textField';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';

const MAX_COMMENT = 2000;
const STARS = [5, 4, 3, 2, 1] as const;

export function useMyFeedback(talkId: number, enabled: boolean) {
  const { status } = useAuth();
  return useQuery({
    queryKey: ['talk-feedback', talkId, 'mine', status],
    queryFn: ({ signal }) => feedbackApi.mine(talkId, { signal }),
    enabled: enabled && talkId > 0 && status !== 'loading',
  });
}

export function useFeedbackResults(talkId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['talk-feedback', talkId, 'results'],
    queryFn: ({ signal }) => feedbackApi.results(talkId, { signal }),
    enabled: enabled && talkId > 0,
  });
}

function useInvalidateFeedback() {
  const client = useQueryClient();
  return (talkId: number) => void client.invalidateQueries({ queryKey: ['talk-feedback', talkId] });
}

/** "Ihre Bewertung": the rating form once the talk is over, or the caller's rating with a way to change it. */
export function RateTalk({ talkId, ended }: { talkId: number; ended: boolean }) {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const mine = useMyFeedback(talkId, ended && status === 'authenticated');
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState('');

  let body;
  if (!ended) {
    body = <p className="empty-state">{t('feedback.notEnded')}</p>;
  } else if (status !== 'authenticated') {
    body = (
      <p>
        {t('feedback.loginToRate')}{' '}
        <KolButton _label={t('auth.login')} _variant="secondary" _on={{ onClick: () => void login() }} />
      </p>
    );
  } else if (mine.isError) {
    body = <Notice type="error">{errorMessage(mine.error, t)}</Notice>;
  } else if (!mine.data) {
    body = null;
  } else if (mine.data.rating && !editing) {
    body = <OwnRating mine={mine.data} onChange={() => { setResult(''); setEditing(true); }} />;
  } else {
    body = (
      <RatingForm
        talkId={talkId}
        mine={mine.data}
        onDone={(message) => {
          setEditing(false);
          setResult(message);
        }}
        onCancel={mine.data.rating ? () => setEditing(false) : undefined}
      />
    );
  }
  return (
    <section aria-labelledby="talk-feedback" className="panel">
      <h2 id="talk-feedback">{t('feedback.heading')}</h2>
      {ended && <p>{t('feedback.intro')}</p>}
      {body}
      <FormResult>{result}</FormResult>
      {ended && status === 'authenticated' && (
        <p>
          <AppLink to="/bescheinigungen" label={t('feedback.certificates')} />
        </p>
      )}
    </section>
  );
}

function OwnRating({ mine, onChange }: { mine: MyTalkFeedback; onChange: () => void }) {
  const { t } = useTranslation();
  const rating = mine.rating!;
  return (
    <>
      <p>{t('feedback.yours', { stars: t(`feedback.star.${rating.stars}` as 'feedback.star.1') })}</p>
      {rating.comment && (
        <>
          <p>{t('feedback.yourComment')}</p>
          <blockquote className="feedback-comment">
            <Paragraphs text={rating.comment} />
          </blockquote>
        </>
      )}
      {rating.commentHidden && <Notice type="info">{t('feedback.commentHidden')}</Notice>}
      <div className="button-row">
        <KolButton _label={t('feedback.change')} _variant="secondary" _on={{ onClick: onChange }} />
      </div>
    </>
  );
}

function RatingForm({ talkId, mine, onDone, onCancel }: {
  talkId: number;
  mine: MyTalkFeedback;
  onDone: (message: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateFeedback();
  const existing = mine.rating;
  const [stars, setStars] = useState<number | null>(existing?.stars ?? null);
  const [comment, setComment] = useState(existing?.comment ?? '');
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      existing ? feedbackApi.update(talkId, stars!, comment) : feedbackApi.rate(talkId, stars!, comment),
    onSuccess: () => {
      invalidate(talkId);
      onDone(existing ? t('feedback.saved') : t('feedback.sent'));
    },
  });
  const serverErrors = save.error instanceof ApiError ? fieldErrors(save.error.problem.errors) : {};
  const starsError = touched ? (stars === null ? t('feedback.chooseStars') : serverErrors['stars']?.join(' ')) : undefined;
  const commentError = touched ? serverErrors['comment']?.join(' ') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (stars === null) return;
    save.mutate();
  };
  const options = STARS.map((value) => ({ label: t(`feedback.star.${value}` as 'feedback.star.1'), value: String(value) }));
  return (
    <form className="feedback-form" onSubmit={submit} noValidate>
      <KolInputRadio
        _label={t('feedback.starsLabel')}
        _hint={t('feedback.starsHint')}
        _options={options}
        _value={stars !== null ? String(stars) : ''}
        _required
        _touched={touched}
        _msg={kolMsg(starsError)}
        _on={{ onInput: (_event: Event, value: unknown) => setStars(Number(value)) }}
      />
      <KolTextarea
        _label={t('feedback.comment')}
        _hint={t('feedback.commentHint')}
        _rows={4}
        _maxLength={MAX_COMMENT}
        _hasCounter
        {...textField(comment, setComment, { touched, error: commentError })}
      />
      <SubmitRow label={existing ? t('feedback.save') : t('feedback.submit')} busy={save.isPending} />
      {onCancel && (
        <div className="button-row">
          <KolButton _label={t('feedback.cancel')} _variant="tertiary" _on={{ onClick: onCancel }} />
        </div>
      )}
      {save.isError && !(save.error instanceof ApiError && save.error.status === 400) && (
        <Notice type="error" alert>
          {errorMessage(save.error, t)}
        </Notice>
      )}
    </form>
  );
}

/** The results of a talk's ratings: average, distribution (a table) and comments; admins hide comments. */
export function FeedbackResults({ talkId, admin, headingLevel = 2 }: { talkId: number; admin: boolean; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const results = useFeedbackResults(talkId, true);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="talk-feedback-results" className="panel">
      <Heading id="talk-feedback-results">{t('feedback.results.heading')}</Heading>
      {results.isError && <Notice type="error">{errorMessage(results.error, t)}</Notice>}
      {results.data && <ResultsBody talkId={talkId} results={results.data} admin={admin} Sub={Sub} />}
    </section>
  );
}

function ResultsBody({ talkId, results, admin, Sub }: { talkId: number; results: Results; admin: boolean; Sub: 'h3' | 'h4' }) {
  const { t, i18n } = useTranslation();
  if (results.count === 0) {
    return <p className="empty-state">{t('feedback.results.none')}</p>;
  }
  const average = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(results.average ?? 0);
  return (
    <>
      <p className="feedback-summary">{t('feedback.results.summary', { count: results.count, average })}</p>
      <table className="feedback-distribution">
        <caption>{t('feedback.results.distribution')}</caption>
        <ColumnHeads columns={[t('feedback.results.starsColumn'), t('feedback.results.countColumn')]} />
        <tbody>
          {results.distribution.map((row) => (
            <tr key={row.stars}>
              <th scope="row">{t(`feedback.star.${row.stars}` as 'feedback.star.1')}</th>
              <td>
                <span className="feedback-bar" aria-hidden="true" style={{ inlineSize: `${(row.count / results.count) * 10}rem` }} />
                {row.count}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Sub>{t('feedback.results.comments')}</Sub>
      {results.comments.length === 0 ? (
        <p className="empty-state">{t('feedback.results.noComments')}</p>
      ) : (
        <ul className="feedback-comments">
          {results.comments.map((c) => (
            <li key={c.id} className={c.hidden ? 'feedback-comments__item feedback-comments__item--hidden' : 'feedback-comments__item'}>
              <p className="feedback-comments__meta">
                {t('feedback.starsShort', { count: c.stars })} · <time dateTime={c.createdAt}>{formatLongDate(c.createdAt, i18n.language)}</time>
                {c.author && <> · {t('feedback.results.by', { name: c.author })}</>}
                {c.hidden && <> · <strong>{t('feedback.results.hiddenBadge')}</strong></>}
              </p>
              <Paragraphs text={c.comment} />
              {admin && <HideButton talkId={talkId} feedbackId={c.id} hidden={c.hidden} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function HideButton({ talkId, feedbackId, hidden }: { talkId: number; feedbackId: number; hidden: boolean }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateFeedback();
  const [message, setMessage] = useState('');
  const toggle = useMutation({
    mutationFn: () => feedbackApi.setHidden(talkId, feedbackId, !hidden),
    onSuccess: (comment) => {
      setMessage(comment.hidden ? t('feedback.results.hidden') : t('feedback.results.shown'));
      invalidate(talkId);
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  return (
    <div className="button-row">
      <ActionButton
        label={hidden ? t('feedback.results.show') : t('feedback.results.hide')}
        variant="secondary"
        busy={toggle.isPending}
        onClick={() => toggle.mutate()}
      />
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </div>
  );
}
