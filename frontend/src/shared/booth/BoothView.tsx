import { KolBadge, KolHeading, KolLink } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoothLink, BoothVideoView, EventDay, ExhibitorRef, Expert, HostRegion, PublicMaterial, Service, TopicField, TextLangs } from '../api';
import { formatBytes, formatLongDate } from '../../i18n/format';
import { CONTENT_LANGUAGE, useContentLang } from '../../i18n/useContentLang';
import { textLang, useTextLang } from '../../i18n/textLang';
import { EasySummary } from '../ui/EasySummary';
import { Paragraphs } from '../ui/Paragraphs';
import { Markdown } from '../markdown/Markdown';
import { RegionFact, TopicFieldsFact } from './BoothFacts';
import { fileFormat } from './fileFormat';
import { useLabels } from './labels';
import '../../i18n/boothPageTexts';
import { ReuseFacts } from './ReuseFacts';
import { Picture } from '../images/Picture';
import { BoothVideoPlayer } from './BoothVideoPlayer';
import { Fact } from '../ui/Fact';

/** Everything the booth page shows below its heading; the editor's preview builds the same from a draft. */
export interface BoothViewModel {
  name: string;
  tagline: string | null;
  description: string | null;
  exhibitor: ExhibitorRef;
  region: HostRegion | null;
  eventDay: EventDay | null;
  topicFields: TopicField[];
  tags: string[];
  links: BoothLink[];
  services: Service[];
  materials: PublicMaterial[];
  /** null: not shown to anonymous visitors. */
  experts: Expert[] | null;
  logoUrl: string | null;
  bannerUrl: string | null;
  /** What the logo and the banner show; without it "Logo: <name>" stands in (booths from before). */
  logoAlt?: string | null;
  bannerAlt?: string | null;
  /** Short summary in Leichte Sprache (German). */
  easySummary?: string | null;
  /** Language of each text; missing: German. */
  lang?: TextLangs;
  /** The booth's video with its captions, if any. */
  video?: BoothVideoView | null;
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;

interface BoothViewProps {
  booth: BoothViewModel;
  /** Heading level of the sections (2 on the booth page, deeper inside the editor's preview). */
  level?: 2 | 3 | 4;
  /** Shown instead of the experts when they are hidden (anonymous visitors). */
  expertsHint?: ReactNode;
  /** In the preview, materials are listed without download links (they are not public yet). */
  preview?: boolean;
  /** Shown under each service, e.g. the link to ask for reuse (the booth page plugs it in). */
  serviceAction?: (service: Service) => ReactNode;
  /** Shown below the tagline, before the facts: the booth page's ways to reach the team. */
  intro?: ReactNode;
}

/** Maturity and reuse model as badges with text; their colours only repeat what the text says. */
const MATURITY_COLOR = { idee: '#5c3c00', pilot: '#004b6b', produktiv: '#1d5e20' } as Record<string, string>;
const REUSE_COLOR = '#4a2d6b';

export function BoothView({ booth, level = 2, expertsHint, preview = false, serviceAction, intro }: BoothViewProps) {
  const { t, i18n } = useTranslation();
  const contentLang = useContentLang();
  const langOf = useTextLang();
  const { topicFieldName, exhibitorTypeName, maturityName, reuseModelName, materialKindName } = useLabels();
  const sub = (level + 1) as Level;

  return (
    <div className="booth-view">
      {(booth.bannerUrl || booth.logoUrl) && (
        <div className="booth-view__media">
          {booth.bannerUrl && (
            <Picture
              className="booth-view__banner"
              src={booth.bannerUrl}
              alt={booth.bannerAlt || t('booth.bannerAlt', { name: booth.name })}
              width={1280}
              height={320}
              sizes="(min-width: 75rem) 60rem, 100vw"
              priority
            />
          )}
          {booth.logoUrl && (
            <Picture
              className="booth-view__logo"
              src={booth.logoUrl}
              alt={booth.logoAlt || t('booth.logoAlt', { name: booth.name })}
              width={160}
              height={96}
              sizes="10rem"
              maxWidth={640}
              priority={!booth.bannerUrl}
            />
          )}
        </div>
      )}
      {booth.tagline && (
        <p className="lead" lang={langOf(booth.lang, 'tagline')}>
          {booth.tagline}
        </p>
      )}
      {intro}
      <div className="booth-detail">
        <section className="booth-detail__facts panel">
          <KolHeading _label={t('booth.facts')} _level={level} />
          <dl className="facts">
            <Fact label={t('booth.exhibitor')}>
              <span lang={contentLang}>{booth.exhibitor.name}</span>{' '}
              <span className="muted">({exhibitorTypeName(booth.exhibitor.type)})</span>
            </Fact>
            <RegionFact region={booth.region} />
            {booth.eventDay && (
              <Fact label={t('booth.eventDay')}>
                <time dateTime={booth.eventDay.date}>{formatLongDate(booth.eventDay.date, i18n.language)}</time>
                <br />
                <span lang={langOf(booth.eventDay.lang, 'title')}>{booth.eventDay.title}</span>
              </Fact>
            )}
            <TopicFieldsFact topicFields={booth.topicFields} />
            {booth.tags.length > 0 && (
              <Fact label={t('booth.tags')}>
                <ul className="chip-list" lang={contentLang}>
                  {booth.tags.map((tag) => (
                    <li key={tag} className="chip chip--tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
          </dl>
          {booth.links.length > 0 && (
            <>
              <KolHeading _label={t('booth.links')} _level={sub} />
              <ul className="link-list">
                {booth.links.map((link, index) => (
                  <li key={`${link.url}-${index}`} lang={contentLang}>
                    <KolLink _href={link.url} _label={link.label} lang={CONTENT_LANGUAGE} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="booth-detail__description">
          <KolHeading _label={t('booth.description')} _level={level} />
          {booth.description?.trim() ? (
            <Markdown text={booth.description} headingOffset={level} lang={langOf(booth.lang, 'description')} />
          ) : (
            <p className="empty-state">{t('booth.noDescription')}</p>
          )}
          <EasySummary text={booth.easySummary} level={sub} />
        </section>
      </div>

      {booth.video && (
        <section className="booth-section booth-video-section">
          <KolHeading _label={t('boothPage.video.heading')} _level={level} />
          <p className="booth-video__title" lang={contentLang}>
            {booth.video.title}
          </p>
          <BoothVideoPlayer video={booth.video} lang={contentLang} withLogin={preview} />
        </section>
      )}

      {booth.materials.length > 0 && (
        <section className="booth-section">
          <KolHeading _label={t('boothPage.shelf.heading')} _level={level} />
          <ul className="document-shelf">
            {booth.materials.map((material) => {
              const format = fileFormat(material.mediaType);
              const meta = t('booth.materials.meta', {
                kind: materialKindName(material.kind),
                format,
                size: formatBytes(material.sizeBytes, i18n.language),
              });
              return (
                <li key={material.id} className="document">
                  <span className="document__format" aria-hidden="true">
                    {format}
                  </span>
                  <span className="document__body">
                    {preview ? (
                      <span className="document__title" lang={contentLang}>
                        {material.title}
                      </span>
                    ) : (
                      <KolLink _href={material.url} _label="" className="multiline-link document__title">
                        <span slot="expert" className="multiline-link__text">
                          <span lang={contentLang}>{material.title}</span>
                          <span className="visually-hidden"> ({meta})</span>
                        </span>
                      </KolLink>
                    )}
                    <span className="document__meta" aria-hidden={preview ? undefined : 'true'}>
                      {meta}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {booth.services.length > 0 && (
        <section className="booth-section">
          <KolHeading _label={t('booth.services.heading')} _level={level} />
          <ul className="service-list">
            {booth.services.map((service, index) => (
              <li key={`${service.name}-${index}`} className="service panel">
                <KolHeading _label={service.name} _level={sub} lang={textLang(service.lang, 'name')} />
                <p className="service__badges">
                  {service.maturity && (
                    <KolBadge
                      _label={`${t('booth.services.maturity')}: ${maturityName(service.maturity)}`}
                      _color={{ backgroundColor: MATURITY_COLOR[service.maturity] ?? '#333333', foregroundColor: '#ffffff' }}
                    />
                  )}
                  {service.reuseModel && (
                    <KolBadge
                      _label={`${t('booth.services.reuseModel')}: ${reuseModelName(service.reuseModel)}`}
                      _color={{ backgroundColor: REUSE_COLOR, foregroundColor: '#ffffff' }}
                    />
                  )}
                </p>
                {service.summary && (
                  <div lang={langOf(service.lang, 'summary')}>
                    <Paragraphs text={service.summary} />
                  </div>
                )}
                <dl className="facts facts--compact">
                  {service.topicField && <Fact label={t('booth.services.topicField')}>{topicFieldName(service.topicField)}</Fact>}
                  {service.licence && <Fact label={t('booth.services.licence')} lang={contentLang}>{service.licence}</Fact>}
                  {service.technology && <Fact label={t('booth.services.technology')} lang={contentLang}>{service.technology}</Fact>}
                  {service.adopters.length > 0 && <Fact label={t('booth.services.adopters')} lang={contentLang}>{service.adopters.join(', ')}</Fact>}
                  {service.contactExpert && <Fact label={t('booth.services.contactExpert')} lang={contentLang}>{service.contactExpert}</Fact>}
                </dl>
                {service.codeUrl && (
                  <p>
                    <KolLink _href={service.codeUrl} _label={t('booth.services.code', { name: service.name })} />
                  </p>
                )}
                <ReuseFacts service={service} />
                {serviceAction?.(service)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="booth-section">
        <KolHeading _label={t('booth.experts.heading')} _level={level} />
        {booth.experts === null ? (
          expertsHint
        ) : booth.experts.length === 0 ? (
          <p className="empty-state">{t('booth.experts.none')}</p>
        ) : (
          <ul className="expert-list">
            {booth.experts.map((expert, index) => (
              <li key={`${expert.name}-${index}`} className="expert panel">
                <p className="expert__name" lang={contentLang}>
                  <strong>{expert.name}</strong>
                  {expert.role && (
                    <>
                      <br />
                      {expert.role}
                    </>
                  )}
                </p>
                {expert.email && (
                  <p>
                    {t('booth.experts.email')}: <KolLink _href={`mailto:${expert.email}`} _label={expert.email} />
                  </p>
                )}
                {expert.phone && (
                  <p>
                    {t('booth.experts.phone')}:{' '}
                    <KolLink _href={`tel:${expert.phone.replace(/[^0-9+]/g, '')}`} _label={expert.phone} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
