import type { BoothCard, BoothDetail, EditorBooth, EventDay, Fair, Page, TopicField } from '../shared/api';
import type { ChatConversation } from '../features/chat/api/chatRest';

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
  description: 'Erster Absatz mit <b>Markup</b>.\n\n## Ablauf\n\n- online **ummelden**\n- [Mehr erfahren](https://example.org/umzug)',
  tags: ['Umzug', 'EfA'],
  eventDay,
  links: [{ label: 'Projektseite', url: 'https://example.org/projekt' }],
  logoUrl: '/api/booths/kreis-soest-umzug/materials/7',
  bannerUrl: null,
  services: [
    {
      name: 'Umzugsportal',
      summary: 'Ummelden und Fahrzeugschein in einem Schritt.',
      topicField: { code: 'bauen-wohnen', name: 'Bauen & Wohnen' },
      maturity: 'produktiv',
      reuseModel: 'efa',
      licence: 'EUPL-1.2',
      codeUrl: 'https://gitlab.opencode.de/kreis-soest/umzug',
      technology: 'Java, PostgreSQL',
      adopters: ['Stadt Lippstadt', 'Stadt Werl'],
      contactExpert: 'Sabine Beispiel',
      key: '3f1c2d4e-0000-4000-8000-000000000001',
      profile: {
        ozgLevel: 3,
        efa: true,
        efaMarketplace: true,
        efaMarketplaceUrl: 'https://example.org/marktplatz/umzug',
        serviceKeys: ['99115003001000'],
        spdxLicence: 'EUPL-1.2',
        operatingModel: 'provider',
        costModel: 'cost-sharing',
        costNote: 'nach Einwohnerzahl',
        prerequisites: 'FIT-Connect',
        reuseContact: 'nachnutzung@example.org',
      },
      adoptions: [{ organisation: 'Gemeinde Möhnesee', year: 2026 }],
    },
  ],
  materials: [
    { id: 8, title: 'Flyer Umzugsservice', kind: 'document', mediaType: 'application/pdf', sizeBytes: 245_000, url: '/api/booths/kreis-soest-umzug/materials/8' },
  ],
  experts: null,
  bookmarked: false,
  contactRequestsEnabled: true,
};

/** A visitor's open conversation with the Kreis Soest booth team, nobody handling it yet. */
export const conversation: ChatConversation = {
  id: 17,
  channel: 'dm:17',
  booth: 'kreis-soest-umzug',
  boothName: 'Digitaler Umzugsservice',
  exhibitorName: 'Kreis Soest',
  visitorName: 'Bea Sucher',
  status: 'open',
  handlerName: null,
  createdAt: '2026-12-01T20:00:00Z',
  updatedAt: '2026-12-01T20:05:00Z',
  lastSeq: 3,
  unread: 2,
};

/** A published booth in the exhibitor's list (/api/my/booths). */
export function editorBooth(overrides: Partial<EditorBooth> = {}): EditorBooth {
  return {
    slug: 'kreis-soest-umzug',
    name: 'Digitaler Umzugsservice',
    exhibitor: { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' },
    published: true,
    workflowState: 'published',
    reason: null,
    updatedAt: '2026-05-01T10:00:00Z',
    placement: { hallOrder: 3, tileSize: 'large', featured: true },
    editingEnabled: true,
    ...overrides,
  };
}

/** GET /api/privacy/policy with the default settings of application.properties. */
export const policy = {
  controller: {
    name: 'Stadt Musterhausen',
    address: 'Musterstraße 1, 12345 Musterstadt',
    email: 'datenschutz@example.org',
    dataProtectionOfficer: 'dsb@example.org',
    supervisoryAuthority: 'LDI NRW',
  },
  retention: {
    contactRequestsDays: 180,
    conversationsDays: 90,
    accessibilityReportsDays: 730,
    statisticsDays: 730,
    jobIntervalHours: 1,
    enabled: true,
  },
  consents: [
    { purpose: 'kontaktanfrage', textVersion: '2026-12-07' },
    { purpose: 'einbettung', textVersion: '2026-12-07' },
  ],
};
