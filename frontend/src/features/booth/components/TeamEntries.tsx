import { KolButton, KolHeading, KolLink } from '@public-ui/react-v19';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/boothPageTexts';
import { useAuth } from '../../../shared/auth/AuthContext';
import { AppLink } from '../../../shared/ui/AppLink';
import { Notice } from '../../../shared/ui/Notice';

/** Ids of the parts of the booth page the entries lead to. */
export const BOOTH_CHAT_ID = 'standchat';
export const BOOTH_CONVERSATION_ID = 'gespraech';
export const BOOTH_CONTACT_ID = 'kontakt';

interface TeamEntriesProps {
  slug: string;
  /** The booth has a chat (the app shell plugs it in). */
  chat: boolean;
  contactRequestsEnabled: boolean;
  /** The booth's edition is an archive: nothing that reaches the team works any more. */
  archived: boolean;
}

/**
 * Moves to a part of the page as a jump link would, and takes the focus along: keyboard and screen reader
 * users continue there instead of at the link. Where the part is not there (yet), the `fallback` part serves.
 */
function jumpTo(id: string, fallback?: string) {
  return {
    onClick: (event: Event) => {
      // KoliBri also calls this for every keypress on the link; only Enter activates a link.
      if (event.type === 'keypress' && (event as KeyboardEvent).key !== 'Enter') return;
      const target = document.getElementById(id) ?? (fallback ? document.getElementById(fallback) : null);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    },
  };
}

/**
 * "Mit dem Standteam sprechen" at the top of the booth page: the ways to reach the team (live chat, private
 * conversation, contact request, meeting), each leading to its place on the page. Only what can work is offered:
 * nothing but a note on a booth of an archived edition, a login instead of the personal ways for anonymous visitors.
 */
export function TeamEntries({ slug, chat, contactRequestsEnabled, archived }: TeamEntriesProps) {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const authenticated = status === 'authenticated';

  if (archived) {
    return (
      <section className="team-entries">
        <KolHeading _label={t('boothPage.team.heading')} _level={2} />
        <Notice type="info">{t('boothPage.team.archived')}</Notice>
      </section>
    );
  }

  const entry = (key: string, text: string, link: ReactElement) => (
    <li key={key} className={`team-entry team-entry--${key}`}>
      {link}
      <span className="team-entry__text">{text}</span>
    </li>
  );
  const jump = (id: string, label: string, fallback?: string) => (
    <KolLink _href={`#${id}`} _label={label} _on={jumpTo(id, fallback)} />
  );

  const entries: ReactElement[] = [];
  if (chat) entries.push(entry('chat', t('boothPage.team.chatText'), jump(BOOTH_CHAT_ID, t('boothPage.team.chat'))));
  if (authenticated) {
    if (chat) {
      entries.push(
        entry('conversation', t('boothPage.team.conversationText'), jump(BOOTH_CONVERSATION_ID, t('boothPage.team.conversation'), BOOTH_CHAT_ID)),
      );
    }
    if (contactRequestsEnabled) {
      entries.push(entry('contact', t('boothPage.team.contactText'), jump(BOOTH_CONTACT_ID, t('boothPage.team.contact'))));
    }
    entries.push(
      entry(
        'meeting',
        t('boothPage.team.meetingText'),
        <AppLink to={`/stand/${encodeURIComponent(slug)}/termin`} label={t('boothPage.team.meeting')} />,
      ),
    );
  }

  return (
    <section className="team-entries panel">
      <KolHeading _label={t('boothPage.team.heading')} _level={2} />
      {entries.length > 0 && <ul className="team-entries__list">{entries}</ul>}
      {!authenticated && (
        <div className="team-entries__login">
          <p>{t('boothPage.team.loginText')}</p>
          {status === 'anonymous' && (
            <KolButton _label={t('boothPage.team.login')} _variant="secondary" _on={{ onClick: () => void login() }} />
          )}
        </div>
      )}
    </section>
  );
}
