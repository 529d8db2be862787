import { KolButton, KolHeading, KolTextarea } from '@public-ui/react-v19';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/reuseTexts';
import { useParams } from 'react-router';
import { ApiError, type Review, type ReuseProfile } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { useLabels } from '../../../shared/booth/labels';
import { useEventDays, useTopicFields } from '../../../shared/fair/hooks';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink, BackLink } from '../../../shared/ui/AppLink';
import { BoothVideoPlayer, boothVideoView } from '../../../shared/booth/BoothVideoPlayer';
import { diffContent, type DiffFormat } from '../diff';
import { ReviewComparison } from '../components/ReviewComparison';
import { ReviewFiles } from '../components/ReviewFiles';
import { formatDateTime, formatShortDate } from '../../../i18n/format';
import { reviewApi } from '../api/review';
import { Loading } from '../../../shared/ui/Loading';
import { Notice } from '../../../shared/ui/Notice';
import { useReuseLabels } from '../../../shared/booth/reuseLabels';
import { textField } from '../../../shared/forms/textField';
import { ActionButton } from '../../../shared/forms/Feedback';
import '../../../i18n/editorTexts';
import { Fact } from '../../../shared/ui/Fact';

function useDiffFormat(review: Review | undefined): DiffFormat {
  const { t, i18n } = useTranslation();
  const { ozgLevelName, operatingModelName, costModelName } = useReuseLabels();
  const { topicFieldName, maturityName, reuseModelName } = useLabels();
  const topicFields = useTopicFields();
  const eventDays = useEventDays();
  return useMemo(() => {
    const topic = (code: string) => {
      const field = topicFields.data?.find((f) => f.code === code);
      return field ? topicFieldName(field) : code;
    };
    const material = (id: number) => {
      const m = review?.uploadedMaterials.find((u) => u.id === id);
      return m ? `${m.title} (${m.fileName})` : t('review.unknownMaterial', { id });
    };
    const part = (label: string, value: string | null | undefined) => (value ? `${label}: ${value}` : null);
    const yesNo = (value: boolean | null | undefined) =>
      value === null || value === undefined ? null : value ? t('common.yes') : t('common.no');
    const profileParts = (p: ReuseProfile | null | undefined) =>
      p
        ? [
            part(t('booth.reuse.ozgLevel'), p.ozgLevel === null || p.ozgLevel === undefined ? null : ozgLevelName(p.ozgLevel, p.ozgModel)),
            part(t('booth.reuse.efa'), yesNo(p.efa)),
            part(t('editor.field.services.profile.efaMarketplace'), p.efaMarketplace ? t('common.yes') : null),
            part(t('editor.field.services.profile.efaMarketplaceUrl'), p.efaMarketplaceUrl),
            part(t('booth.reuse.serviceKeys'), p.serviceKeys?.join(', ')),
            part(t('booth.reuse.spdxLicence'), p.spdxLicence),
            part(t('booth.reuse.operatingModel'), p.operatingModel && operatingModelName(p.operatingModel)),
            part(t('editor.field.services.profile.costModel'), p.costModel && costModelName(p.costModel)),
            part(t('editor.field.services.profile.costNote'), p.costNote),
            part(t('booth.reuse.prerequisites'), p.prerequisites),
            part(t('booth.reuse.reuseContact'), p.reuseContact),
          ]
        : [];
    return {
      topicField: topic,
      eventDay: (id) => {
        const day = eventDays.data?.find((d) => d.id === id);
        return day ? `${formatShortDate(day.date, i18n.language)} – ${day.title}` : String(id);
      },
      material,
      link: (link) => `${link.label} – ${link.url}`,
      service: (s) =>
        [
          s.name,
          part(t('booth.services.maturity'), s.maturity && maturityName(s.maturity)),
          part(t('booth.services.reuseModel'), s.reuseModel && reuseModelName(s.reuseModel)),
          part(t('booth.services.topicField'), s.topicField && topic(s.topicField)),
          part(t('booth.services.licence'), s.licence),
          part(t('editor.field.services.codeUrl'), s.codeUrl),
          part(t('booth.services.technology'), s.technology),
          part(t('booth.services.adopters'), s.adopters?.join(', ')),
          part(t('booth.services.contactExpert'), s.contactExpert),
          ...profileParts(s.profile),
          s.summary,
        ]
          .filter(Boolean)
          .join('\n'),
      expert: (e) => [e.name, e.role, e.email, e.phone].filter(Boolean).join(', '),
      shownMaterial: (entry) => {
        const m = review?.uploadedMaterials.find((u) => u.id === entry.id);
        return m && m.title !== entry.title ? `${entry.title} (${m.fileName})` : material(entry.id);
      },
    };
  }, [review, topicFields.data, eventDays.data, t, i18n.language, topicFieldName, maturityName, reuseModelName, ozgLevelName, operatingModelName, costModelName]);
}

type Outcome = { decision: 'approved' | 'rejected' } | null;

export function ReviewPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const queryClient = useQueryClient();
  const review = useQuery({
    queryKey: ['review', slug],
    queryFn: ({ signal }) => reviewApi.review(slug, { signal }),
    enabled: access === 'granted',
    staleTime: 0,
  });
  const format = useDiffFormat(review.data);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [failure, setFailure] = useState<{ text: string; stale: boolean } | null>(null);
  const reasonRef = useRef<HTMLKolTextareaElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const data = review.data;
  const name = data?.proposed.name ?? slug;
  const rows = useMemo(() => (data ? diffContent(data.published, data.proposed, format) : []), [data, format]);
  // The proposed video plays with the reviewer's login: an upload is not public before the approval
  const proposedVideo = data?.proposed.video ? boothVideoView(slug, data.proposed.video) : null;
  const submitted = data?.workflowState === 'submitted';

  const decide = async (decision: 'approve' | 'reject') => {
    if (!data || busy) return;
    if (decision === 'reject' && !reason.trim()) {
      setReasonError(t('review.reasonRequired'));
      void reasonRef.current?.focus();
      return;
    }
    setReasonError(undefined);
    setFailure(null);
    setBusy(true);
    try {
      if (decision === 'approve') await reviewApi.approve(slug, data.version, reason.trim());
      else await reviewApi.reject(slug, data.version, reason.trim());
      setOutcome({ decision: decision === 'approve' ? 'approved' : 'rejected' });
      // The decision buttons go away: the focus goes to the outcome
      requestAnimationFrame(() => outcomeRef.current?.focus());
      void queryClient.invalidateQueries({ queryKey: ['reviews'] });
      void queryClient.invalidateQueries({ queryKey: ['my-booths'] });
      void queryClient.invalidateQueries({ queryKey: ['booths'] });
      void queryClient.invalidateQueries({ queryKey: ['booth'] });
    } catch (error) {
      setFailure({ text: errorMessage(error, t), stale: error instanceof ApiError && error.status === 409 });
    } finally {
      setBusy(false);
    }
  };

  const notFound = review.error instanceof ApiError && review.error.isNotFound;

  return (
    <ProtectedPage access={access} title={t('review.pageTitle', { name })} className="page--review">
      <BackLink to="/verwaltung" label={t('review.backToQueue')} />
      {review.isPending && <Loading />}
      {notFound && <p>{t('review.notFound')}</p>}
      {review.isError && !notFound && <ApiErrorAlert error={review.error} onRetry={() => void review.refetch()} />}
      {data && (
        <>
          <dl className="facts facts--compact review-meta">
            <div>
              <dt>{t('booth.exhibitor')}</dt>
              <dd lang="de">{data.exhibitor.name}</dd>
            </div>
            <Fact label={t('review.submittedBy')}>{data.submittedBy}</Fact>
            {data.submittedAt && <Fact label={t('review.submittedAt')}>{formatDateTime(data.submittedAt, i18n.language)}</Fact>}
            <Fact label={t('review.kind')}>{data.published ? t('review.kindChange') : t('review.kindNew')}</Fact>
          </dl>
          {!submitted && !outcome && (
            <Notice type="info">
              {t('review.notSubmitted')}
            </Notice>
          )}

          <ReviewComparison rows={rows} isNew={!data.published} />
          {proposedVideo && (
            <section className="panel">
              <KolHeading _label={t('review.video')} _level={2} />
              <BoothVideoPlayer video={proposedVideo} withLogin />
            </section>
          )}
          <ReviewFiles materials={data.uploadedMaterials} />

          <section className="panel decision">
            <KolHeading _label={t('review.decision')} _level={2} />
            {!outcome && (
              <>
                <KolTextarea
                  ref={reasonRef}
                  _label={t('review.reason')}
                  _hint={t('review.reasonHint')}
                  _rows={4}
                  _maxLength={2000}
                  _disabled={!submitted}
                  {...textField(reason, setReason, { touched: Boolean(reasonError), error: reasonError })}
                />
                <div className="button-row">
                  <ActionButton
                    label={t('review.approve')}
                    variant="primary"
                    disabled={!submitted}
                    busy={busy}
                    onClick={() => decide('approve')}
                  />
                  <ActionButton
                    label={t('review.reject')}
                    variant="danger"
                    disabled={!submitted}
                    busy={busy}
                    onClick={() => decide('reject')}
                  />
                </div>
              </>
            )}
            <div role="status" ref={outcomeRef} tabIndex={-1}>
              {outcome && (
                <p className="success-text">
                  {outcome.decision === 'approved' ? t('review.approved', { name }) : t('review.rejected', { name })}
                </p>
              )}
            </div>
            {outcome && (
              <p>
                <AppLink to="/verwaltung" label={t('review.backToQueue')} />
              </p>
            )}
            {failure && (
              <div role="alert" className="form-notice">
                <p className="field-error">{failure.text}</p>
                {failure.stale && (
                  <KolButton
                    _label={t('review.reload')}
                    _variant="secondary"
                    _on={{ onClick: () => void review.refetch().then(() => setFailure(null)) }}
                  />
                )}
              </div>
            )}
          </section>
          <p>
            <AppLink to={`/verwaltung/stand/${encodeURIComponent(slug)}`} label={t('review.placementLink')} />
          </p>
        </>
      )}
    </ProtectedPage>
  );
}
