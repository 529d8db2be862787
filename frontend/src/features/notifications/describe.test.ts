import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import './texts';
import type { AppNotification } from './api';
import { describeNotification } from './describe';

const t = i18n.t.bind(i18n);

const notification = (kind: string, extra: Partial<AppNotification> = {}): AppNotification => ({
  id: 1,
  kind,
  subject: 'Digitaler Umzugsservice',
  detail: null,
  at: null,
  link: '/gespraeche/4',
  createdAt: '2026-11-23T09:00:00Z',
  read: false,
  ...extra,
});

describe('notification texts', () => {
  afterEach(async () => {
    await i18n.changeLanguage('de');
  });

  it('words every kind the server sends in German and English', async () => {
    const kinds = ['conversation.reply', 'conversation.support', 'contact.answered', 'booth.approved', 'booth.rejected', 'review.waiting',
      'report.new', 'reminder.meeting', 'reminder.talk', 'meeting.booked'];
    for (const language of ['de', 'en']) {
      await i18n.changeLanguage(language);
      for (const kind of kinds) {
        const text = describeNotification(notification(kind, { detail: 'neu' }), t, language);
        expect(text, `${language} ${kind}`).toContain('Digitaler Umzugsservice');
        expect(text, `${language} ${kind}`).not.toContain('notifications.');
      }
    }
  });

  it('counts merged replies and words the contact request status', async () => {
    await i18n.changeLanguage('de');
    expect(describeNotification(notification('conversation.reply', { detail: 'Sven Sörensen', repeats: 3 }), t, 'de'))
      .toBe('3 neue Nachrichten im Gespräch mit dem Stand Digitaler Umzugsservice, zuletzt von Sven Sörensen');
    expect(describeNotification(notification('contact.answered', { detail: 'in-bearbeitung' }), t, 'de'))
      .toBe('Ihre Kontaktanfrage an den Stand Digitaler Umzugsservice: in Bearbeitung');
    await i18n.changeLanguage('en');
    expect(describeNotification(notification('contact.answered', { detail: 'erledigt' }), t, 'en'))
      .toBe('Your contact request to the booth Digitaler Umzugsservice: done');
  });

  it('shows the subject of a kind it does not know', () => {
    expect(describeNotification(notification('future.kind'), t, 'de')).toBe('Digitaler Umzugsservice');
  });
});
