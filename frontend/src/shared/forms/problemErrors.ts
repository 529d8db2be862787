import type { TFunction } from 'i18next';
import { ApiError, type ProblemDetail } from '../api';

/**
 * Field paths as the backend names them ("content.links[0].url", "content.tags[3]") become the
 * form's own paths ("links[0].url", "tags"): the prefix goes, and an index at the very end of a
 * list of plain strings (tags, adopters) belongs to the one field that edits the whole list.
 */
export function normaliseFieldPath(field: string, prefix = ''): string {
  const withoutPrefix = prefix && field.startsWith(prefix) ? field.slice(prefix.length) : field;
  return withoutPrefix.replace(/\[\d+\]$/, '');
}

type Translate = (key: 'form.invalidUrl' | 'form.invalidPhone' | 'form.invalidSlug') => string;

/**
 * Bean Validation reports a failed pattern with the regular expression itself ("muss mit
 * "https?://…" übereinstimmen"), which helps nobody filling in a form: for the fields we know,
 * a plain sentence replaces it.
 */
export function friendlyMessage(path: string, message: string, t?: Translate): string {
  if (!t || !/[\\[\]()*+?]/.test(message)) return message;
  const name = path.replace(/.*\./, '');
  if (/url$|^website$/i.test(name)) return t('form.invalidUrl');
  if (name === 'phone') return t('form.invalidPhone');
  if (name === 'slug') return t('form.invalidSlug');
  return message;
}

/** Groups the problem's field errors by form path; several messages for one field are kept in order. */
export function fieldErrors(errors: ProblemDetail['errors'], prefix = '', t?: Translate): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const { field, message } of errors ?? []) {
    const path = normaliseFieldPath(field ?? '', prefix);
    (result[path] ??= []).push(friendlyMessage(path, message, t));
  }
  return result;
}

/** A message for a failed call: the backend's translated detail, or a general text for network trouble. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('error.network');
    return error.problem.detail ?? error.problem.title ?? t('error.generic', { status: error.status });
  }
  return t('error.unexpected');
}
