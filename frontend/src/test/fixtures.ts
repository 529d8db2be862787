import type { BoothCard, BoothDetail, EventDay, Fair, Page, TopicField } from '../api';

export const eventDay: EventDay = {
  id: 4,
  date: '2026-11-26',
  title: 'Tag 4 – Gastgeberin: Digitale Modellregion Soest',
  description: 'Praxisberichte aus Soest.',
  hostRegion: { code: 'soest', name: 'Digitale Modellregion Soest' },
};

export const fair: Fair = {
  slug: 'digitale-services',
  title: 'Digitale Services – von Kommunen für Kommunen',
  subtitle: 'Die virtuelle Messe der Digitalen Modellregionen NRW',
  description: 'Fünf Tage, fünf Modellregionen.',
  organisers: 'MWIDE NRW, KDN und die Digitalen Modellregionen',
  eventDays: [eventDay],
};

export const topicFields: TopicField[] = [
  { code: 'bauen-wohnen', name: 'Bauen & Wohnen' },
  { code: 'gesundheit', name: 'Gesundheit' },
];

export const boothCard: BoothCard = {
  slug: 'kreis-soest-umzug',
  name: 'Digitaler Umzugsservice',
  tagline: 'Ummelden ohne Behördengang.',
  exhibitor: { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' },
  region: { code: 'soest', name: 'Digitale Modellregion Soest' },
  topicFields: [{ code: 'bauen-wohnen', name: 'Bauen & Wohnen' }],
  eventDayId: 4,
  featured: true,
  tileSize: 'large',
};

export const boothPage: Page<BoothCard> = { items: [boothCard], page: 1, size: 24, totalItems: 25, totalPages: 2 };

export const boothDetail: BoothDetail = {
  ...boothCard,
  description: 'Erster Absatz mit <b>Markup</b>.\n\nZweiter Absatz.',
  tags: ['Umzug', 'EfA'],
  eventDay,
};
