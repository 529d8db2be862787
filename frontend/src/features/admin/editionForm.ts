import type { TFunction } from 'i18next';
import { ApiError, type NewEdition } from '../../shared/api';
import { errorMessage, fieldErrors } from '../../shared/forms/problemErrors';

export type Errors = Record<string, string[]>;

export interface DayFields {
  date: string;
  hostRegion: string;
  title: string;
  description: string;
}

export interface EditionFields {
  slug: string;
  title: string;
  startsOn: string;
  endsOn: string;
  archiveAfterDays: string;
  copyFrom: string;
  current: boolean;
  eventDays: DayFields[];
}

export const EDITION_SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const emptyDay = (): DayFields => ({ date: '', hostRegion: '', title: '', description: '' });

export function emptyEdition(copyFrom = ''): EditionFields {
  return { slug: '', title: '', startsOn: '', endsOn: '', archiveAfterDays: '', copyFrom, current: false, eventDays: [] };
}

/** The checks the browser can make before asking the server; the server checks again (overlaps, taken slugs). */
export function validateEdition(fields: EditionFields, t: TFunction, { withSlug = true } = {}): Errors {
  const errors: Errors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (withSlug && !EDITION_SLUG.test(fields.slug)) add('slug', t('form.invalidSlug'));
  if (!fields.title.trim()) add('title', t('edition.form.required'));
  if (!DATE.test(fields.startsOn)) add('startsOn', t('edition.form.required'));
  if (!DATE.test(fields.endsOn)) add('endsOn', t('edition.form.required'));
  else if (DATE.test(fields.startsOn) && fields.endsOn < fields.startsOn) add('endsOn', t('edition.form.endBeforeStart'));
  if (fields.archiveAfterDays.trim() && !/^\d{1,4}$/.test(fields.archiveAfterDays.trim())) add('archiveAfterDays', t('edition.form.wholeNumber'));
  fields.eventDays.forEach((day, i) => {
    if (!DATE.test(day.date)) add(`eventDays[${i}].date`, t('edition.form.required'));
    if (!day.hostRegion.trim()) add(`eventDays[${i}].hostRegion`, t('edition.form.required'));
    if (!day.title.trim()) add(`eventDays[${i}].title`, t('edition.form.required'));
  });
  return errors;
}

/** The request body: empty optional fields are left out. */
export function toNewEdition(fields: EditionFields): NewEdition {
  return {
    slug: fields.slug.trim(),
    title: fields.title.trim(),
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    ...(fields.archiveAfterDays.trim() ? { archiveAfterDays: Number(fields.archiveAfterDays.trim()) } : {}),
    ...(fields.copyFrom ? { copyFrom: fields.copyFrom } : {}),
    ...(fields.current ? { current: true } : {}),
    ...(fields.eventDays.length
      ? {
          eventDays: fields.eventDays.map((day) => ({
            date: day.date,
            hostRegion: day.hostRegion.trim(),
            title: day.title.trim(),
            ...(day.description.trim() ? { description: day.description.trim() } : {}),
          })),
        }
      : {}),
  };
}

/** Whether a message quotes this word („2027“, "2027"): the slug-taken conflict names the slug, others name titles. */
function quotes(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`["„“”'‘’]${escaped}["“”'‘’]`).test(text);
}

/** Problem types of the edition checks and the field that shows them. */
const FIELD_OF_TYPE: Record<string, string> = {
  'edition-dates': 'endsOn',
  'edition-day-outside': 'eventDays',
  'edition-day-twice': 'eventDays',
};

/**
 * Where a refusal of the server is shown: the fields it names (problem+json errors[]), the field of a known
 * problem type, the slug when a conflict names the slug typed (slug taken), else the form as a whole.
 */
export function placeProblem(error: unknown, t: TFunction, slug = ''): { errors: Errors; failure: string } {
  if (error instanceof ApiError) {
    if (error.problem.errors?.length) return { errors: fieldErrors(error.problem.errors, '', (key) => t(key)), failure: '' };
    const kind = error.problem.type?.replace(/^.*:/, '') ?? '';
    const field = FIELD_OF_TYPE[kind] ?? (error.status === 409 && slug && quotes(error.problem.detail ?? '', slug) ? 'slug' : undefined);
    if (field) return { errors: { [field]: [errorMessage(error, t)] }, failure: '' };
  }
  return { errors: {}, failure: errorMessage(error, t) };
}
