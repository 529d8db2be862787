import { describe, expect, it } from 'vitest';
import type { BoothContent } from '../../shared/api';
import { DIFF_FIELDS, diffContent, type DiffFormat } from './diff';

const format: DiffFormat = {
  topicField: (code) => `T:${code}`,
  eventDay: (id) => `Tag ${id}`,
  material: (id) => `M${id}`,
  link: (l) => `${l.label} <${l.url}>`,
  service: (s) => `${s.name} (${s.maturity}, ${s.reuseModel})`,
  expert: (e) => e.name,
  shownMaterial: (m) => `${m.title} #${m.id}`,
};

const published: BoothContent = {
  name: 'Digitaler Umzugsservice',
  tagline: 'Einmal umziehen.',
  description: 'Erster Absatz.\n\nZweiter Absatz.',
  topicFields: ['querschnitt', 'bauen-wohnen'],
  eventDayId: 4,
  tags: ['Umzug', 'EfA'],
  links: [{ label: 'Projekt', url: 'https://example.org' }],
  logoId: null,
  bannerId: null,
  services: [{ name: 'Umzugsportal', maturity: 'produktiv', reuseModel: 'efa', adopters: [], licence: null }],
  experts: [{ name: 'Sven Sörensen', role: 'Projektleitung', email: null, phone: null }],
  materials: [],
};

const byField = (rows: ReturnType<typeof diffContent>) => Object.fromEntries(rows.map((r) => [r.field, r]));

describe('review comparison', () => {
  it('has one row per field, in a fixed order', () => {
    expect(diffContent(published, published, format).map((r) => r.field)).toEqual([...DIFF_FIELDS]);
  });

  it('marks nothing when the proposal equals the approved content', () => {
    expect(diffContent(published, structuredClone(published), format).filter((r) => r.changed)).toEqual([]);
  });

  it('marks exactly the changed fields and shows both values', () => {
    const proposed: BoothContent = {
      ...published,
      tagline: 'Umzugslotse: einmal umziehen.',
      materials: [{ id: 7, title: 'Flyer' }],
      links: [...published.links!, { label: 'Mehr', url: 'https://example.org/mehr' }],
    };
    const rows = byField(diffContent(published, proposed, format));
    expect(Object.values(rows).filter((r) => r.changed).map((r) => r.field)).toEqual(['tagline', 'links', 'materials']);
    expect(rows.tagline.before).toEqual(['Einmal umziehen.']);
    expect(rows.tagline.after).toEqual(['Umzugslotse: einmal umziehen.']);
    expect(rows.materials.before).toEqual([]);
    expect(rows.materials.after).toEqual(['Flyer #7']);
    expect(rows.links.after).toEqual(['Projekt <https://example.org>', 'Mehr <https://example.org/mehr>']);
    expect(rows.topicFields.after).toEqual(['T:querschnitt', 'T:bauen-wohnen']);
    expect(rows.eventDayId.after).toEqual(['Tag 4']);
  });

  it('treats missing, null, empty text and empty lists as the same', () => {
    const proposed: BoothContent = {
      ...published,
      logoId: undefined,
      materials: undefined,
      description: 'Erster Absatz.\r\n\r\nZweiter Absatz.\n',
      experts: [{ name: 'Sven Sörensen', role: 'Projektleitung' }],
      services: [{ licence: '', name: 'Umzugsportal', reuseModel: 'efa', maturity: 'produktiv' }],
    };
    expect(diffContent(published, proposed, format).filter((r) => r.changed)).toEqual([]);
  });

  it('ignores the order of topic fields but not the order of materials', () => {
    expect(byField(diffContent(published, { ...published, topicFields: ['bauen-wohnen', 'querschnitt'] }, format)).topicFields.changed).toBe(false);
    const twoMaterials = { ...published, materials: [{ id: 1, title: 'A' }, { id: 2, title: 'B' }] };
    const swapped = { ...published, materials: [{ id: 2, title: 'B' }, { id: 1, title: 'A' }] };
    expect(byField(diffContent(twoMaterials, swapped, format)).materials.changed).toBe(true);
  });

  it('shows a new video with its title, address and captions, and sees a changed captions address', () => {
    const video = { url: '/media/demo/aufzeichnung.m3u8', captionsId: null, captionsUrl: '/a.vtt', title: 'Film', description: null };
    const added = byField(diffContent(published, { ...published, video }, format)).video;
    expect(added.changed).toBe(true);
    expect(added.before).toEqual([]);
    expect(added.after).toEqual(['Film', '/media/demo/aufzeichnung.m3u8', 'WebVTT: /a.vtt']);
    const before = { ...published, video };
    expect(byField(diffContent(before, { ...published, video: { ...video } }, format)).video.changed).toBe(false);
    const uploaded = byField(diffContent(before, { ...published, video: { ...video, captionsUrl: null, captionsId: 5 } }, format)).video;
    expect(uploaded.changed).toBe(true);
    expect(uploaded.after).toContain('WebVTT #5');
  });

  it('sees a change inside a service, such as a new maturity', () => {
    const proposed = { ...published, services: [{ ...published.services![0], maturity: 'pilot' as const }] };
    const rows = byField(diffContent(published, proposed, format));
    expect(rows.services.changed).toBe(true);
    expect(rows.services.before).toEqual(['Umzugsportal (produktiv, efa)']);
    expect(rows.services.after).toEqual(['Umzugsportal (pilot, efa)']);
  });

  it('counts every filled field of a never published booth as changed', () => {
    const proposed: BoothContent = { name: 'Neuer Stand', topicFields: ['umwelt'], tags: [] };
    const rows = diffContent(null, proposed, format);
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(['name', 'topicFields']);
    expect(rows.every((r) => r.before.length === 0)).toBe(true);
  });
});
