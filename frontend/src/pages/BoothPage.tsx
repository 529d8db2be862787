import { KolBadge, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api';
import { FEATURED_BADGE_COLOR } from '../features/booth/BoothCard';
import { useBooth } from '../features/booth/hooks';
import { useLabels } from '../features/booth/labels';
import { ApiErrorAlert } from '../features/layout/ApiErrorAlert';
import { AppLink } from '../features/layout/AppLink';
import { PageHeading } from '../features/layout/PageHeading';
import { Paragraphs } from '../features/layout/Paragraphs';
import { useDocumentTitle } from '../features/layout/useDocumentTitle';
import { formatLongDate } from '../i18n/format';
import { useContentLang } from '../i18n/useContentLang';

export function BoothPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { topicFieldName, exhibitorTypeName } = useLabels();
  const booth = useBooth(slug);
  const contentLang = useContentLang();
  const notFound = booth.error instanceof ApiError && booth.error.isNotFound;

  let title = t('booth.pageTitle');
  if (booth.data) title = booth.data.name;
  else if (notFound) title = t('booth.notFound.title');
  useDocumentTitle(title);

  const backLink = (
    <p className="back-link">
      <AppLink to="/halle" label={t('booth.backToHall')} />
    </p>
  );

  if (notFound) {
    return (
      <div className="page page--booth">
        <PageHeading>{t('booth.notFound.title')}</PageHeading>
        <p>{t('booth.notFound.text')}</p>
        {backLink}
      </div>
    );
  }

  const data = booth.data;
  return (
    <div className="page page--booth">
      {backLink}
      <PageHeading lang={data ? contentLang : undefined}>{data ? data.name : t('booth.pageTitle')}</PageHeading>
      {booth.isPending && (
        <p role="status" className="status-line">
          {t('booth.loading')}
        </p>
      )}
      {booth.isError && <ApiErrorAlert error={booth.error} onRetry={() => void booth.refetch()} />}
      {data && (
        <>
          {data.featured && (
            <p>
              <KolBadge _label={t('booth.featured')} _color={FEATURED_BADGE_COLOR} />
            </p>
          )}
          {data.tagline && (
            <p className="lead" lang={contentLang}>
              {data.tagline}
            </p>
          )}
          <div className="booth-detail">
            <section className="booth-detail__facts panel">
              <KolHeading _label={t('booth.facts')} _level={2} />
              <dl className="facts">
                <div>
                  <dt>{t('booth.exhibitor')}</dt>
                  <dd>
                    {data.exhibitor.name} <span className="muted">({exhibitorTypeName(data.exhibitor.type)})</span>
                  </dd>
                </div>
                {data.region && (
                  <div>
                    <dt>{t('booth.region')}</dt>
                    <dd lang={contentLang}>{data.region.name}</dd>
                  </div>
                )}
                {data.eventDay && (
                  <div>
                    <dt>{t('booth.eventDay')}</dt>
                    <dd>
                      <time dateTime={data.eventDay.date}>{formatLongDate(data.eventDay.date, i18n.language)}</time>
                      <br />
                      <span lang={contentLang}>{data.eventDay.title}</span>
                    </dd>
                  </div>
                )}
                {data.topicFields.length > 0 && (
                  <div>
                    <dt>{t('booth.topicFields')}</dt>
                    <dd>
                      <ul className="chip-list">
                        {data.topicFields.map((field) => (
                          <li key={field.code} className="chip">
                            {topicFieldName(field)}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
                {data.tags.length > 0 && (
                  <div>
                    <dt>{t('booth.tags')}</dt>
                    <dd>
                      <ul className="chip-list" lang={contentLang}>
                        {data.tags.map((tag) => (
                          <li key={tag} className="chip chip--tag">
                            {tag}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
              </dl>
            </section>
            <section className="booth-detail__description">
              <KolHeading _label={t('booth.description')} _level={2} />
              <div lang={contentLang}>
                <Paragraphs text={data.description} />
              </div>
            </section>
          </div>
        </>
      )}
    </div>
  );
}
