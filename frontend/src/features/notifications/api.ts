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
};

export const NOTIFICATIONS_KEY = ['notifications'] as const;
