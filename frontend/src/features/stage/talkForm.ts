import type { TalkType } from '../../shared/api';
import type { TalkDetail, TalkInput } from './api/programme';
import { formatTime } from '../../i18n/format';

/** The talk form's fields as strings, the way inputs hold them. */
export interface TalkFormState {
  eventDayId: string;
  stage: string;
  start: string;
  end: string;
  type: TalkType;
  title: string;
  summary: string;
  /** English texts; empty: visitors reading English see the German ones. */
  titleEn: string;
  summaryEn: string;
  /** A short summary in Leichte Sprache (German). */
  easySummary: string;
  topicField: string;
  language: string;
  /** One entry per speaker; entries left wholly empty are not sent. */
  speakers: SpeakerEntry[];
  /** The slugs of the related booths, chosen from the hall. */
  booths: string[];
  recordingUrl: string;
}

export interface SpeakerEntry {
  /** A chosen profile; without one the entry is a new person, whose profile the server creates on saving. */
  id?: number;
  name: string;
  organisation: string;
  role: string;
}

export const EMPTY_SPEAKER: SpeakerEntry = { name: '', organisation: '', role: '' };

export const EMPTY_TALK_FORM: TalkFormState = {
  eventDayId: '',
  stage: '',
  start: '',
  end: '',
  type: 'fachbeitrag',
  title: '',
  summary: '',
  titleEn: '',
  summaryEn: '',
  easySummary: '',
  topicField: '',
  language: 'de',
  speakers: [EMPTY_SPEAKER],
  booths: [],
  recordingUrl: '',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const isBlank = (speaker: SpeakerEntry) => !speaker.name.trim() && !speaker.organisation.trim() && !speaker.role.trim();

export function formFromTalk(talk: TalkDetail, language: string): TalkFormState {
  return {
    eventDayId: String(talk.eventDay.id),
    stage: talk.stage.key,
    start: formatTime(talk.start, language),
    end: formatTime(talk.end, language),
    type: talk.type,
    // The texts as written: title and summary of the answer are in the language the UI asked for
    title: talk.texts?.title ?? talk.title,
    summary: (talk.texts ? talk.texts.summary : talk.summary) ?? '',
    titleEn: talk.texts?.titleEn ?? '',
    summaryEn: talk.texts?.summaryEn ?? '',
    easySummary: talk.easySummary ?? '',
    topicField: talk.topicField?.code ?? '',
    language: talk.language,
    speakers: talk.speakers.length
      ? talk.speakers.map((sp) => ({ id: sp.id ?? undefined, name: sp.name, organisation: sp.organisation ?? '', role: sp.role ?? '' }))
      : [EMPTY_SPEAKER],
    booths: talk.booths.map((b) => b.slug),
    recordingUrl: talk.recordingUrl ?? '',
  };
}

export function toTalkInput(form: TalkFormState, version?: number): TalkInput {
  return {
    eventDayId: Number(form.eventDayId),
    stage: form.stage,
    start: form.start,
    end: form.end,
    type: form.type,
    title: form.title.trim(),
    summary: form.summary.trim() || undefined,
    titleEn: form.titleEn.trim() || undefined,
    summaryEn: form.summaryEn.trim() || undefined,
    easySummary: form.easySummary.trim() || undefined,
    topicField: form.topicField || undefined,
    language: form.language,
    speakers: form.speakers.filter((sp) => !isBlank(sp)).map((sp) => ({
      id: sp.id ?? null,
      name: sp.name.trim(),
      organisation: sp.organisation.trim() || null,
      role: sp.role.trim() || null,
    })),
    booths: form.booths,
    recordingUrl: form.recordingUrl.trim() || undefined,
    version,
  };
}

export type TalkFormError =
  | 'required'
  | 'time'
  | 'endBeforeStart'
  | 'url'
  | 'speakerName';

/** The checks the browser can make before sending; the server checks the rest (stage, day, booths …). */
export function validateTalkForm(form: TalkFormState): Partial<Record<keyof TalkFormState, TalkFormError>> {
  const errors: Partial<Record<keyof TalkFormState, TalkFormError>> = {};
  if (!form.eventDayId) errors.eventDayId = 'required';
  if (!form.stage) errors.stage = 'required';
  if (!form.title.trim()) errors.title = 'required';
  if (!TIME.test(form.start)) errors.start = form.start ? 'time' : 'required';
  if (!TIME.test(form.end)) errors.end = form.end ? 'time' : 'required';
  if (!errors.start && !errors.end && form.end <= form.start) errors.end = 'endBeforeStart';
  if (form.recordingUrl.trim() && !/^https?:\/\/\S+$/.test(form.recordingUrl.trim())) errors.recordingUrl = 'url';
  if (form.speakers.some((sp) => !isBlank(sp) && !sp.name.trim())) errors.speakers = 'speakerName';
  return errors;
}

/** Server field paths ("speakers[0].name", "booths[1]") belong to the form field that edits them. */
export function formFieldOf(path: string): keyof TalkFormState | undefined {
  const base = path.replace(/^(create|update)\.(arg\d+|input)\./, '').replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
  return (Object.keys(EMPTY_TALK_FORM) as (keyof TalkFormState)[]).find((k) => k === base);
}
