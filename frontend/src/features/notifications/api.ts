import { http, type Opts } from '../../shared/api';

export interface AppNotification {
  id: number;
  kind: string;
  subject: string;
  detail?: string | null;
  at?: string | null;
  link?: string | null;
  createdAt: string;
  read: boolean;
  /** How many events it stands for: replies in one conversation merge while unread. */
  repeats?: number;
}

export type Topic = 'meeting' | 'conversation' | 'contact' | 'booth' | 'reminder' | 'review' | 'report';
export type Delivery = 'app' | 'immediate' | 'digest' | 'off';
export const DELIVERIES: Delivery[] = ['app', 'immediate', 'digest', 'off'];

export interface TopicPreference {
  topic: Topic;
  delivery: Delivery;
}

export interface NotificationPreferences {
  hasEmail: boolean;
  mailEnabled: boolean;
  topics: TopicPreference[];
}

export interface NotificationList {
  unread: number;
  items: AppNotification[];
}

/** The notification centre of the logged-in user. */
export const notificationsApi = {
  mine: (o?: Opts) => http.get<NotificationList>('/api/me/notifications', o),
  markRead: (id: number) => http.send<AppNotification>('POST', `/api/me/notifications/${id}/read`),
  markAllRead: () => http.send<NotificationList>('POST', '/api/me/notifications/read'),
  preferences: (o?: Opts) => http.get<NotificationPreferences>('/api/me/notifications/preferences', o),
  setPreferences: (topics: TopicPreference[]) =>
    http.send<NotificationPreferences>('PUT', '/api/me/notifications/preferences', { body: { topics } }),
};

export const NOTIFICATIONS_KEY = ['notifications'] as const;
export const PREFERENCES_KEY = ['notification-preferences'] as const;
