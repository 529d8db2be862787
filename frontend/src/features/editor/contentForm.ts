import type {
  BoothContent,
  BoothLink,
  BoothVideo,
  CostModel,
  Expert,
  MaterialEntry,
  Maturity,
  OperatingModel,
  ReuseModel,
  ReuseOffer,
  ReuseProfile,
} from '../../shared/api';
import { ozgChoice, parseOzgChoice } from '../../shared/booth/reuseLabels';
import { splitList } from '../../shared/forms/fields';

/** Limits of BoothContent, as the API checks them. */
export const LIMITS = {
  name: 160,
  tagline: 200,
  description: 20000,
  topicFields: 3,
  tags: 10,
  tag: 60,
  links: 10,
  services: 20,
  experts: 10,
  materials: 30,
  summary: 5000,
  easySummary: 1000,
} as const;

export interface ServiceForm {
  name: string;
  summary: string;
  topicField: string;
  maturity: Maturity | '';
  reuseModel: ReuseModel | '';
  licence: string;
  codeUrl: string;
  technology: string;
  /** One adopter per line (commas work too). */
  adopters: string;
  contactExpert: string;
  /** Identity across editions; empty for a new service. */
  key: string;
  profile: ProfileForm;
  /** English texts; empty: visitors reading English see the German ones. */
  nameEn: string;
  summaryEn: string;
}

/** The reuse facts of a service as the editor holds them; "" means not stated. */
export interface ProfileForm {
  /** Level and model as one choice ("2.0:5", see ozgChoice); "" not stated. */
  ozgLevel: string;
  efa: '' | 'yes' | 'no';
  efaMarketplace: boolean;
  efaMarketplaceUrl: string;
  /** One LeiKa/FIM key per line (commas work too). */
  serviceKeys: string;
  spdxLicence: string;
  operatingModel: OperatingModel | '';
  costModel: CostModel | '';
  costNote: string;
  prerequisites: string;
  reuseContact: string;
}

export interface ExpertForm {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** The editor's state: text fields as strings, so half-typed input survives until it is saved. */
export interface ContentForm {
  name: string;
  tagline: string;
  description: string;
  topicFields: string[];
  /** Event day id, or "" for none. */
  eventDayId: string;
  /** One tag per line (commas work too). */
  tags: string;
  links: BoothLink[];
  services: ServiceForm[];
  experts: ExpertForm[];
  /** Uploaded materials shown on the booth, in order. */
  materials: MaterialEntry[];
  logoId: string;
  bannerId: string;
  logoAlt: string;
  bannerAlt: string;
  /** English texts; empty: visitors reading English see the German ones. */
  nameEn: string;
  taglineEn: string;
  descriptionEn: string;
  /** A short summary in Leichte Sprache (German). */
  easySummary: string;
  /** The booth video: its address (empty: no video), the captions and the title and description. */
  video: VideoForm;
}

export interface VideoForm {
  url: string;
  /** Where the captions come from: a file uploaded for the booth, or an address. */
  captionsSource: 'upload' | 'url';
  /** Id of the uploaded captions, or "" for none chosen. */
  captionsId: string;
  captionsUrl: string;
  title: string;
  description: string;
}

export const emptyVideo = (): VideoForm => ({
  url: '',
  captionsSource: 'upload',
  captionsId: '',
  captionsUrl: '',
  title: '',
  description: '',
});

function fromVideo(video: BoothVideo | null | undefined): VideoForm {
  if (!video) return emptyVideo();
  return {
    url: video.url ?? '',
    captionsSource: video.captionsUrl ? 'url' : 'upload',
    captionsId: video.captionsId === null || video.captionsId === undefined ? '' : String(video.captionsId),
    captionsUrl: video.captionsUrl ?? '',
    title: video.title ?? '',
    description: video.description ?? '',
  };
}

/**
 * The video as the API takes it: null when every field is empty; otherwise all of it, so that a title without an
 * address comes back with the API's message at the address instead of vanishing. Only the chosen captions go along.
 */
export function toVideo(video: VideoForm): BoothVideo | null {
  const blank = [video.url, video.captionsUrl, video.title, video.description].every((v) => v.trim() === '')
    && video.captionsId === '';
  if (blank) return null;
  return {
    url: video.url.trim(),
    captionsId: video.captionsSource === 'upload' && video.captionsId !== '' ? Number(video.captionsId) : null,
    captionsUrl: video.captionsSource === 'url' && video.captionsUrl.trim() !== '' ? video.captionsUrl.trim() : null,
    title: video.title.trim(),
    description: video.description.trim() === '' ? null : video.description.trim(),
  };
}


export const emptyLink = (): BoothLink => ({ label: '', url: '' });
export const emptyExpert = (): ExpertForm => ({ name: '', role: '', email: '', phone: '' });
export const emptyService = (): ServiceForm => ({
  name: '',
  summary: '',
  topicField: '',
  maturity: '',
  reuseModel: '',
  licence: '',
  codeUrl: '',
  technology: '',
  adopters: '',
  contactExpert: '',
  key: '',
  profile: emptyProfile(),
  nameEn: '',
  summaryEn: '',
});

export const emptyProfile = (): ProfileForm => ({
  ozgLevel: '',
  efa: '',
  efaMarketplace: false,
  efaMarketplaceUrl: '',
  serviceKeys: '',
  spdxLicence: '',
  operatingModel: '',
  costModel: '',
  costNote: '',
  prerequisites: '',
  reuseContact: '',
});

function fromProfile(profile: ReuseProfile | null | undefined): ProfileForm {
  if (!profile) return emptyProfile();
  return {
    ozgLevel: profile.ozgLevel === null || profile.ozgLevel === undefined ? '' : ozgChoice(profile.ozgModel ?? '1.1', profile.ozgLevel),
    efa: profile.efa === true ? 'yes' : profile.efa === false ? 'no' : '',
    efaMarketplace: profile.efaMarketplace === true,
    efaMarketplaceUrl: profile.efaMarketplaceUrl ?? '',
    serviceKeys: (profile.serviceKeys ?? []).join('\n'),
    spdxLicence: profile.spdxLicence ?? '',
    operatingModel: profile.operatingModel ?? '',
    costModel: profile.costModel ?? '',
    costNote: profile.costNote ?? '',
    prerequisites: profile.prerequisites ?? '',
    reuseContact: profile.reuseContact ?? '',
  };
}

/** The profile as the API takes it; spaces inside a service key are dropped ("99 050 …" is a common spelling). */
export function toProfile(form: ProfileForm): ReuseProfile {
  const trimmed = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ozgLevel: parseOzgChoice(form.ozgLevel)?.level ?? null,
    ozgModel: parseOzgChoice(form.ozgLevel)?.model ?? null,
    efa: form.efa === '' ? null : form.efa === 'yes',
    efaMarketplace: form.efaMarketplace ? true : null,
    efaMarketplaceUrl: trimmed(form.efaMarketplaceUrl),
    serviceKeys: splitList(form.serviceKeys).map((key) => key.replace(/\s+/g, '')),
    spdxLicence: trimmed(form.spdxLicence),
    operatingModel: form.operatingModel || null,
    costModel: form.costModel || null,
    costNote: trimmed(form.costNote),
    prerequisites: trimmed(form.prerequisites),
    reuseContact: trimmed(form.reuseContact),
  };
}

const text = (value: string | null | undefined) => value ?? '';
const idText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function fromContent(content: BoothContent): ContentForm {
  return {
    name: text(content.name),
    tagline: text(content.tagline),
    description: text(content.description),
    topicFields: [...(content.topicFields ?? [])],
    eventDayId: idText(content.eventDayId),
    tags: (content.tags ?? []).join('\n'),
    links: (content.links ?? []).map((link) => ({ label: text(link.label), url: text(link.url) })),
    services: (content.services ?? []).map((s) => ({
      name: text(s.name),
      summary: text(s.summary),
      topicField: text(s.topicField),
      maturity: s.maturity ?? '',
      reuseModel: s.reuseModel ?? '',
      licence: text(s.licence),
      codeUrl: text(s.codeUrl),
      technology: text(s.technology),
      adopters: (s.adopters ?? []).join('\n'),
      contactExpert: text(s.contactExpert),
      key: text(s.key),
      profile: fromProfile(s.profile),
      nameEn: text(s.nameEn),
      summaryEn: text(s.summaryEn),
    })),
    experts: (content.experts ?? []).map((e) => ({
      name: text(e.name),
      role: text(e.role),
      email: text(e.email),
      phone: text(e.phone),
    })),
    materials: (content.materials ?? []).map((m) => ({ id: m.id, title: text(m.title) })),
    logoId: idText(content.logoId),
    bannerId: idText(content.bannerId),
    logoAlt: text(content.logoAlt),
    bannerAlt: text(content.bannerAlt),
    nameEn: text(content.nameEn),
    taglineEn: text(content.taglineEn),
    descriptionEn: text(content.descriptionEn),
    easySummary: text(content.easySummary),
    video: fromVideo(content.video),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const idOrNull = (value: string) => (value === '' ? null : Number(value));

/**
 * What is sent to the API. Nothing is silently dropped: an empty link or service row goes out as it is,
 * so the API's message appears next to it instead of the row vanishing.
 */
export function toContent(form: ContentForm): BoothContent {
  return {
    name: form.name.trim(),
    tagline: orNull(form.tagline),
    description: orNull(form.description),
    topicFields: form.topicFields,
    eventDayId: idOrNull(form.eventDayId),
    tags: splitList(form.tags),
    links: form.links.map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
    services: form.services.map(
      (s): ReuseOffer => ({
        name: s.name.trim(),
        summary: orNull(s.summary),
        topicField: orNull(s.topicField),
        // An unchosen value stays missing, so the API names the field.
        maturity: (s.maturity || null) as Maturity,
        reuseModel: (s.reuseModel || null) as ReuseModel,
        licence: orNull(s.licence),
        codeUrl: orNull(s.codeUrl),
        technology: orNull(s.technology),
        adopters: splitList(s.adopters),
        contactExpert: orNull(s.contactExpert),
        key: s.key || null,
        profile: toProfile(s.profile),
        nameEn: orNull(s.nameEn),
        summaryEn: orNull(s.summaryEn),
      }),
    ),
    experts: form.experts.map(
      (e): Expert => ({ name: e.name.trim(), role: orNull(e.role), email: orNull(e.email), phone: orNull(e.phone) }),
    ),
    materials: form.materials.map((m) => ({ id: m.id, title: m.title.trim() })),
    logoId: idOrNull(form.logoId),
    bannerId: idOrNull(form.bannerId),
    // The text goes only with its image: choosing no image drops it
    logoAlt: form.logoId === '' ? null : orNull(form.logoAlt),
    bannerAlt: form.bannerId === '' ? null : orNull(form.bannerAlt),
    nameEn: orNull(form.nameEn),
    taglineEn: orNull(form.taglineEn),
    descriptionEn: orNull(form.descriptionEn),
    easySummary: orNull(form.easySummary),
    video: toVideo(form.video),
  };
}

/** Adds or removes a topic field; a fourth one is refused (the API allows three). */
export function toggleTopicField(selected: string[], code: string, on: boolean): string[] {
  if (!on) return selected.filter((c) => c !== code);
  if (selected.includes(code) || selected.length >= LIMITS.topicFields) return selected;
  return [...selected, code];
}

/** Moves an item one place up (-1) or down (+1); at the ends nothing changes. */
export function move<T>(items: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** Shows an uploaded material on the booth (at the end) or takes it off. */
export function toggleMaterial(selected: MaterialEntry[], material: MaterialEntry, on: boolean): MaterialEntry[] {
  if (!on) return selected.filter((m) => m.id !== material.id);
  if (selected.some((m) => m.id === material.id)) return selected;
  return [...selected, { id: material.id, title: material.title }];
}

export function sameContent(a: ContentForm, b: ContentForm): boolean {
  return JSON.stringify(toContent(a)) === JSON.stringify(toContent(b));
}
