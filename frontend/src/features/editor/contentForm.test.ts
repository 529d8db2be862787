import { describe, expect, it } from 'vitest';
import type { BoothContent } from '../../shared/api';
import { emptyLink, emptyService, emptyVideo, fromContent, move, sameContent, toContent, toggleMaterial, toggleTopicField, toVideo } from './contentForm';
import { videoKind } from '../../shared/booth/BoothVideoPlayer';
import { splitList } from '../../shared/forms/fields';

const content: BoothContent = {
  name: 'Digitaler Umzugsservice',
  tagline: 'Einmal umziehen.',
  description: '**Markdown**',
  topicFields: ['bauen-wohnen'],
  eventDayId: 4,
  tags: ['Umzug', 'EfA'],
  links: [{ label: 'Projekt', url: 'https://example.org' }],
  logoId: 7,
  bannerId: null,
  logoAlt: 'Wappen des Kreises: silberner Schlüssel auf Rot',
  bannerAlt: null,
  services: [
    { name: 'Portal', summary: null, topicField: 'bauen-wohnen', maturity: 'pilot', reuseModel: 'efa', licence: 'EUPL-1.2', codeUrl: null, technology: null, adopters: ['Werl', 'Soest'], contactExpert: null,
      key: '3f1c2d4e-0000-4000-8000-000000000001',
      profile: {
        ozgLevel: 3,
        ozgModel: '1.1',
        efa: true,
        efaMarketplace: true,
        efaMarketplaceUrl: 'https://example.org/marktplatz',
        serviceKeys: ['99115003001000'],
        spdxLicence: 'EUPL-1.2',
        operatingModel: 'saas',
        costModel: 'free',
        costNote: null,
        prerequisites: null,
        reuseContact: 'nachnutzung@example.org',
      },
      nameEn: 'Portal (English)',
      summaryEn: null,
    },
  ],
  experts: [{ name: 'Sven Sörensen', role: 'Leitung', email: 's@example.org', phone: null }],
  materials: [{ id: 8, title: 'Flyer' }],
  nameEn: 'Digital removal service',
  taglineEn: null,
  descriptionEn: 'Moving made **simple**.',
  easySummary: 'Sie ziehen um. Das geht im Internet.',
  video: {
    url: '/media/demo/aufzeichnung.m3u8',
    captionsId: null,
    captionsUrl: '/api/talks/3/captions.vtt',
    title: 'Der Stand in einer Minute',
    description: null,
  },
};

describe('editor form state', () => {
  it('survives a round trip from content to form and back', () => {
    expect(toContent(fromContent(content))).toEqual(content);
  });

  it('sends no video when its fields are empty, and only the captions chosen', () => {
    expect(toVideo(emptyVideo())).toBeNull();
    expect(toContent(fromContent({ ...content, video: null })).video).toBeNull();
    // A title without an address goes out, so the API names the missing address
    expect(toVideo({ ...emptyVideo(), title: 'Film' })).toMatchObject({ url: '', title: 'Film' });
    const form = fromContent(content);
    expect(form.video.captionsSource).toBe('url');
    form.video = { ...form.video, captionsSource: 'upload', captionsId: '12' };
    expect(toContent(form).video).toEqual({ ...content.video, captionsId: 12, captionsUrl: null });
    expect(videoKind('https://video.example.org/a.M3U8?token=1')).toBe('hls');
    expect(videoKind('/media/stand.webm')).toBe('file');
  });

  it('sends empty texts as null and lists typed per line or comma as arrays', () => {
    const form = fromContent(content);
    form.tagline = '   ';
    form.tags = 'Umzug, EfA\nMeldewesen\n\nUmzug';
    form.eventDayId = '';
    form.logoId = '';
    const sent = toContent(form);
    expect(sent.tagline).toBeNull();
    expect(sent.tags).toEqual(['Umzug', 'EfA', 'Meldewesen']);
    expect(sent.eventDayId).toBeNull();
    expect(sent.logoId).toBeNull();
  });

  it('sends the reuse facts: unstated as null, service keys without spaces, no marketplace without EfA', () => {
    const form = fromContent(content);
    form.services[0].profile.serviceKeys = '99 115 003 001 000, 99050012104000';
    form.services[0].profile.ozgLevel = '2.0:0';
    const sent = toContent(form).services?.[0].profile;
    expect(sent?.serviceKeys).toEqual(['99115003001000', '99050012104000']);
    expect(sent).toMatchObject({ ozgLevel: 0, ozgModel: '2.0' });
    const fresh = toContent({ ...form, services: [emptyService()] }).services?.[0].profile;
    expect(fresh).toMatchObject({ ozgLevel: null, ozgModel: null, efa: null, efaMarketplace: null, spdxLicence: null, serviceKeys: [] });
  });

  it('holds a maturity level with its model: a level from before model 2.0 is one of 1.1, and no level leaves the model', () => {
    const before2 = { ...content, services: content.services?.map((s) => ({ ...s, profile: { ...s.profile, ozgModel: undefined } })) };
    const form = fromContent(before2);
    expect(form.services[0].profile.ozgLevel).toBe('1.1:3');
    form.services[0].profile.ozgLevel = '2.0:7';
    expect(toContent(form).services?.[0].profile).toMatchObject({ ozgLevel: 7, ozgModel: '2.0' });
    form.services[0].profile.ozgLevel = '1.1:7';
    expect(toContent(form).services?.[0].profile).toMatchObject({ ozgLevel: null, ozgModel: null });
  });

  it('keeps an empty new row, so the API can name what is missing', () => {
    const form = fromContent(content);
    form.links.push(emptyLink());
    form.services.push(emptyService());
    const sent = toContent(form);
    expect(sent.links?.[1]).toEqual({ label: '', url: '' });
    expect(sent.services?.[1].maturity).toBeNull();
    expect(sent.services?.[1].reuseModel).toBeNull();
  });

  it('allows at most three topic fields', () => {
    let selected = toggleTopicField([], 'umwelt', true);
    selected = toggleTopicField(selected, 'bildung', true);
    selected = toggleTopicField(selected, 'gesundheit', true);
    expect(toggleTopicField(selected, 'smart-city', true)).toEqual(['umwelt', 'bildung', 'gesundheit']);
    expect(toggleTopicField(selected, 'bildung', false)).toEqual(['umwelt', 'gesundheit']);
  });

  it('moves shown materials and adds or removes them once', () => {
    const list = [{ id: 1, title: 'A' }, { id: 2, title: 'B' }, { id: 3, title: 'C' }];
    expect(move(list, 2, -1).map((m) => m.id)).toEqual([1, 3, 2]);
    expect(move(list, 0, -1)).toBe(list);
    expect(toggleMaterial(list, { id: 4, title: 'D' }, true).map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(toggleMaterial(list, { id: 2, title: 'B' }, true)).toBe(list);
    expect(toggleMaterial(list, { id: 2, title: 'B' }, false).map((m) => m.id)).toEqual([1, 3]);
  });

  it('splits lists and knows unchanged content', () => {
    expect(splitList(' a ;b,\n c ,, a')).toEqual(['a', 'b', 'c']);
    const form = fromContent(content);
    expect(sameContent(form, fromContent(content))).toBe(true);
    expect(sameContent({ ...form, name: 'Anders' }, form)).toBe(false);
  });
});
