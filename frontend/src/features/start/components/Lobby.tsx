// The lobby around the start page's text: key visual, the stages with their pictures, a countdown before the
// fair, today's host region, featured booths and the logos. A chunk of its own (the start page's size budget).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDay } from '../../../shared/api';
import { useBranding } from '../../../shared/fair/BrandingColours';
import type { Logo } from '../../../shared/fair/branding';
import '../../../shared/fair/texts';
import './lobby.css';
import { berlinDay, formatLongDate } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { AppLink } from '../../../shared/ui/AppLink';
import { lobbyApi } from '../api/lobby';
import { Picture } from '../../../shared/images/Picture';

/** The fair's key visual, full width above the welcome text. */
export function KeyVisual() {
  const branding = useBranding();
  const visual = branding.data?.keyVisual;
  if (!visual) return null;
  return (
    <figure className="lobby-visual">
      <Picture src={visual.url} alt={visual.alt} width={1600} height={560} sizes="(min-width: 80rem) 80rem, 100vw" priority />
    </figure>
  );
}

/** Each stage with its picture: live ones first, with the talk running now. */
export function LiveStages() {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const stages = useQuery({ queryKey: ['lobby-stages'], queryFn: ({ signal }) => lobbyApi.stages({ signal }), refetchInterval: 60_000 });
  if (!Array.isArray(stages.data) || stages.data.length === 0) return null;
  const sorted = [...stages.data].sort((a, b) => Number(b.live.state === 'live') - Number(a.live.state === 'live'));
  return (
    <section className="lobby-stages" aria-labelledby="lobby-stages-heading">
      <h2 id="lobby-stages-heading">{t('lobby.liveStages')}</h2>
      <ul className="lobby-stages__list">
        {sorted.map((stage) => (
          <li key={stage.key} className="lobby-stage">
            {stage.picture && (
              <Picture
                className="lobby-stage__picture"
                src={stage.picture.url}
                alt={stage.picture.alt}
                width={1200}
                height={675}
                sizes="(min-width: 48rem) 40rem, 100vw"
              />
            )}
            <div className="lobby-stage__body">
              <p className={`lobby-stage__state lobby-stage__state--${stage.live.state}`}>
                {stage.live.state === 'live' ? t('lobby.stageLive') : t('lobby.stageIdle')}
              </p>
              <h3 lang={contentLang}>{stage.name}</h3>
              {stage.current && (
                <p lang={contentLang}>
                  <AppLink to={`/vortrag/${stage.current.id}`} label={stage.current.title} multiline />
                </p>
              )}
              <AppLink to={`/buehne/${stage.key}`} label={t('lobby.toStage', { name: stage.name })} variant="secondary" />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

const MINUTE = 60_000;

/** The time until {@code start} in days, hours and minutes; empty once it has begun. */
export function remaining(start: Date, now: Date): { days: number; hours: number; minutes: number } | null {
  const left = start.getTime() - now.getTime();
  if (left <= 0) return null;
  const minutes = Math.ceil(left / MINUTE);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/**
 * Before the first event day: the time left, updated once a minute and announced to nobody (no live region:
 * a screen reader reads it when it gets there).
 */
export function Countdown({ eventDays, firstTalkStart }: { eventDays: EventDay[]; firstTalkStart?: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  const first = [...eventDays].sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!first) return null;
  const start = firstTalkStart && berlinDay(firstTalkStart) === first.date ? new Date(firstTalkStart) : new Date(`${first.date}T00:00:00`);
  const left = remaining(start, now);
  if (!left) return null;
  const time = [
    left.days > 0 && t('lobby.countdown.days', { count: left.days }),
    (left.days > 0 || left.hours > 0) && t('lobby.countdown.hours', { count: left.hours }),
    t('lobby.countdown.minutes', { count: left.minutes }),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="lobby-countdown" aria-labelledby="lobby-countdown-heading">
      <h2 id="lobby-countdown-heading">{t('lobby.countdown.heading')}</h2>
      <p>{t('lobby.countdown.text', { time, date: formatLongDate(first.date, i18n.language) })}</p>
    </section>
  );
}

/** Today's host region, on an event day. */
export function HostToday({ eventDays }: { eventDays: EventDay[] }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const today = eventDays.find((day) => day.date === berlinDay(new Date().toISOString()));
  if (!today) return null;
  return (
    <p className="lobby-host">
      <span lang={contentLang}>{t('lobby.host', { region: today.hostRegion.name })}</span>
    </p>
  );
}

/** Up to four featured booths of the hall. */
export function FeaturedBooths() {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const booths = useQuery({ queryKey: ['lobby-featured'], queryFn: ({ signal }) => lobbyApi.featuredBooths({ signal }), staleTime: 5 * 60_000 });
  if (!Array.isArray(booths.data) || booths.data.length === 0) return null;
  return (
    <section className="lobby-featured" aria-labelledby="lobby-featured-heading">
      <h2 id="lobby-featured-heading">{t('lobby.featured')}</h2>
      <ul className="lobby-featured__list">
        {booths.data.map((booth) => (
          <li key={booth.slug} className="lobby-booth" lang={contentLang}>
            {booth.logoUrl && (
              // The heading names the booth; its logo adds nothing to it
              <Picture className="lobby-booth__logo" src={booth.logoUrl} alt="" width={192} height={56} sizes="12rem" maxWidth={640} />
            )}
            <h3>
              <AppLink to={`/stand/${booth.slug}`} label={booth.name} multiline />
            </h3>
            <p className="lobby-booth__exhibitor">{booth.exhibitor.name}</p>
            {booth.tagline && <p>{booth.tagline}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LogoList({ heading, logos }: { heading: string; logos: Logo[] }) {
  const { t } = useTranslation();
  if (logos.length === 0) return null;
  return (
    <div className="lobby-logos__group">
      <h3>{heading}</h3>
      <ul className="lobby-logos__list">
        {logos.map((logo) => (
          <li key={logo.image.imageId}>
            {logo.link ? (
              <a href={logo.link} aria-label={t('lobby.logoLink', { alt: logo.image.alt })}>
                <Picture src={logo.image.url} alt={logo.image.alt} width={180} height={80} sizes="180px" maxWidth={640} />
              </a>
            ) : (
              <Picture src={logo.image.url} alt={logo.image.alt} width={180} height={80} sizes="180px" maxWidth={640} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The organisers' and partners' logos, in their order. */
export function Logos() {
  const { t } = useTranslation();
  const branding = useBranding();
  const organisers = branding.data?.organisers ?? [];
  const partners = branding.data?.partners ?? [];
  if (organisers.length + partners.length === 0) return null;
  return (
    <section className="lobby-logos" aria-label={`${t('lobby.organisers')}, ${t('lobby.partners')}`}>
      <LogoList heading={t('lobby.organisers')} logos={organisers} />
      <LogoList heading={t('lobby.partners')} logos={partners} />
    </section>
  );
}

interface LobbyProps {
  /** The start page's welcome text, the programme now and next, and the event days, placed among the pictures. */
  hero: ReactNode;
  now: ReactNode;
  days: ReactNode;
  eventDays?: EventDay[];
  firstTalkStart?: string;
}

/** The start page as a lobby: the page's own parts between key visual, stages, booths and logos. */
export default function Lobby({ hero, now, days, eventDays = [], firstTalkStart }: LobbyProps) {
  return (
    <>
      <KeyVisual />
      {hero}
      <HostToday eventDays={eventDays} />
      <Countdown eventDays={eventDays} firstTalkStart={firstTalkStart} />
      <LiveStages />
      {now}
      <FeaturedBooths />
      {days}
      <Logos />
    </>
  );
}
