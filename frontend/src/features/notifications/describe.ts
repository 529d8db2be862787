import type { TFunction } from 'i18next';
import { formatDateTime } from '../../i18n/format';
import type { AppNotification } from './api';

/** The translation key of each kind the server sends (docs/notifications.md); unknown kinds show their subject. */
const KEYS: Record<string, string> = {
  'meeting.booked': 'booked',
  'meeting.moved': 'moved',
  'meeting.cancelled': 'cancelled',
  'meeting.proposed': 'proposed',
  'meeting.declined': 'declined',
  'conversation.reply': 'conversationReply',
  'conversation.support': 'conversationSupport',
  'contact.answered': 'contactAnswered',
  'contact.request': 'contactRequest',
  'contact.accepted': 'contactAccepted',
  'booth.approved': 'boothApproved',
  'booth.report': 'boothReport',
  'booth.rejected': 'boothRejected',
  'review.waiting': 'reviewWaiting',
  'report.new': 'reportNew',
  'reminder.meeting': 'reminderMeeting',
  'reminder.talk': 'reminderTalk',
};

/** A notification in the user's language: the server stores the kind and its facts, the web app words them. */
export function describeNotification(n: AppNotification, t: TFunction, language: string): string {
  let key = KEYS[n.kind];
  if (!key) return n.subject;
  if (key === 'conversationReply' && (n.repeats ?? 1) > 1) key = 'conversationReplies';
  const detail = n.detail ?? '';
  return t(`notifications.kinds.${key}` as 'notifications.kinds.booked', {
    subject: n.subject,
    detail,
    count: n.repeats ?? 1,
    status: n.kind === 'contact.answered' ? t(`notifications.contactStatus.${detail}` as 'notifications.contactStatus.neu') : '',
    when: n.at ? formatDateTime(n.at, language) : '',
  });
}
