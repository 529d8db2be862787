import type { TalkSummary } from '../../shared/api';
import type { StageView, TalkDetail } from './api/programme';
import { eventDay } from '../../test/fixtures';

/** A talk on the main stage of event day 4 (times in Berlin winter time, UTC+1). */
export function talk(id: number, start: string, end: string, overrides: Partial<TalkSummary> = {}): TalkSummary {
  return {
    id,
    edition: '2026',
    title: `Beitrag ${id}`,
    type: 'fachbeitrag',
    start: `2026-11-26T${start}:00+01:00`,
    end: `2026-11-26T${end}:00+01:00`,
    eventDayId: 4,
    stage: { key: 'hauptbuehne', name: 'Hauptbühne' },
    topicField: { code: 'bauen-wohnen', name: 'Bauen & Wohnen' },
    speakers: [{ name: 'Sabine Beispiel', organisation: 'Kreis Soest', role: 'Projektleitung' }],
    ...overrides,
  };
}

export const forum = { key: 'forum', name: 'Fachforum' };

export function talkDetail(overrides: Partial<TalkDetail> = {}): TalkDetail {
  return {
    id: 7,
    title: 'Umziehen mit einem Klick',
    summary: 'Der digitale Umzugsservice.\n\nZweiter Absatz.',
    type: 'fachbeitrag',
    start: '2026-11-26T10:30:00+01:00',
    end: '2026-11-26T11:00:00+01:00',
    eventDay,
    stage: { key: 'hauptbuehne', name: 'Hauptbühne' },
    topicField: { code: 'bauen-wohnen', name: 'Bauen & Wohnen' },
    language: 'de',
    speakers: [{ name: 'Sabine Beispiel', organisation: 'Kreis Soest', role: 'Projektleitung', id: 7, photo: null }],
    booths: [{ slug: 'kreis-soest-umzug', name: 'Digitaler Umzugsservice', exhibitorSlug: 'kreis-soest', exhibitorName: 'Kreis Soest' }],
    recordingUrl: null,
    captionsUrl: null,
    transcript: null,
    materials: [],
    inAgenda: false,
    version: 3,
    ...overrides,
  };
}

export function stageView(overrides: Partial<StageView> = {}): StageView {
  return {
    key: 'hauptbuehne',
    name: 'Hauptbühne',
    stream: { kind: 'hls', url: 'https://streams.example.org/live/main.m3u8', provider: null, captionsUrl: null, captionsWaiver: null },
    live: { state: 'live', message: null, changedAt: '2026-11-26T09:00:00Z' },
    current: null,
    next: null,
    viewers: 0,
    version: 0,
    ...overrides,
  };
}
