import type { BoothContent, BoothLink, Expert, MaterialEntry, ReuseOffer } from '../../shared/api';

export const DIFF_FIELDS = [
  'name',
  'tagline',
  'description',
  'topicFields',
  'eventDayId',
  'tags',
  'links',
  'services',
  'experts',
  'materials',
  'logoId',
  'bannerId',
  'logoAlt',
  'bannerAlt',
  'video',
] as const;

export type DiffField = (typeof DIFF_FIELDS)[number];

/** One row of the side-by-side comparison: the field's lines before and after, and whether it changed. */
export interface DiffRow {
  field: DiffField;
  before: string[];
  after: string[];
  changed: boolean;
}

/** How values are written in the comparison; the page passes translated labels. */
export interface DiffFormat {
  topicField: (code: string) => string;
  eventDay: (id: number) => string;
  material: (id: number) => string;
  link: (link: BoothLink) => string;
  service: (service: ReuseOffer) => string;
  expert: (expert: Expert) => string;
  shownMaterial: (entry: MaterialEntry) => string;
}

const blank = (value: unknown) => value === null || value === undefined || value === '';

/** The value a field compares by: missing, null and "" are the same, as are a missing and an empty list. */
function normalised(content: BoothContent | null, field: DiffField): unknown {
  if (!content) return null;
  const value = content[field];
  // The order of topic fields carries no meaning.
  if (field === 'topicFields') return value && (value as string[]).length ? [...(value as string[])].sort() : null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => normaliseItem(item));
  if (field === 'video') return blank(value) ? null : normaliseItem(value);
  if (typeof value === 'string') return value.trim() === '' ? null : value.replace(/\r\n?/g, '\n').trim();
  return blank(value) ? null : value;
}

function normaliseItem(item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item;
  // Keys sorted and empty values left out, so {"role": null} equals {} and key order does not matter.
  return Object.fromEntries(
    Object.entries(item as Record<string, unknown>)
      .filter(([, v]) => !blank(v) && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function lines(content: BoothContent | null, field: DiffField, format: DiffFormat): string[] {
  if (!content) return [];
  switch (field) {
    case 'name':
    case 'tagline':
    case 'description':
    case 'logoAlt':
    case 'bannerAlt': {
      const text = content[field];
      return text && text.trim() ? [text] : [];
    }
    case 'topicFields':
      return (content.topicFields ?? []).map(format.topicField);
    case 'eventDayId':
      return blank(content.eventDayId) ? [] : [format.eventDay(content.eventDayId as number)];
    case 'tags':
      return content.tags ?? [];
    case 'links':
      return (content.links ?? []).map(format.link);
    case 'services':
      return (content.services ?? []).map(format.service);
    case 'experts':
      return (content.experts ?? []).map(format.expert);
    case 'materials':
      return (content.materials ?? []).map(format.shownMaterial);
    case 'logoId':
    case 'bannerId': {
      const id = content[field];
      return blank(id) ? [] : [format.material(id as number)];
    }
    case 'video': {
      const video = content.video;
      if (!video) return [];
      // Uploaded captions by their number: the review lists no captions files
      const captions = video.captionsUrl ? `WebVTT: ${video.captionsUrl}` : `WebVTT #${video.captionsId ?? '?'}`;
      return [video.title, video.url, captions, ...(video.description ? [video.description] : [])];
    }
  }
}

/**
 * Compares the approved content with the proposed one, field by field. For a booth that was never
 * published every field that has a value counts as changed.
 */
export function diffContent(published: BoothContent | null, proposed: BoothContent, format: DiffFormat): DiffRow[] {
  return DIFF_FIELDS.map((field) => {
    const before = normalised(published, field);
    const after = normalised(proposed, field);
    return {
      field,
      before: lines(published, field, format),
      after: lines(proposed, field, format),
      changed: JSON.stringify(before) !== JSON.stringify(after),
    };
  });
}
