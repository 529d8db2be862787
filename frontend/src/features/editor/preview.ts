import type { BoothVideoView, EventDay, ExhibitorRef, Material, Maturity, ReuseModel, TopicField, VideoCaptionsFile } from '../../shared/api';
import type { BoothViewModel } from '../../shared/booth/BoothView';
import { splitList } from '../../shared/forms/fields';
import { videoKind } from '../../shared/booth/BoothVideoPlayer';
import { toProfile, type ContentForm } from './contentForm';

export interface PreviewContext {
  exhibitor: ExhibitorRef;
  topicFields: TopicField[];
  eventDays: EventDay[];
  uploaded: Material[];
  logoUrl: string | null;
  bannerUrl: string | null;
  /** WebVTT captions uploaded for the booth's video (the preview plays the chosen one). */
  uploadedCaptions?: VideoCaptionsFile[];
}

/** The editor's current state as the booth page would show it (experts included: the editor knows them). */
export function previewModel(form: ContentForm, context: PreviewContext): BoothViewModel {
  const topic = (code: string): TopicField => context.topicFields.find((f) => f.code === code) ?? { code, name: code };
  const uploaded = new Map(context.uploaded.map((m) => [m.id, m]));
  return {
    name: form.name.trim(),
    tagline: form.tagline.trim() || null,
    description: form.description,
    easySummary: form.easySummary.trim() || null,
    exhibitor: context.exhibitor,
    region: null,
    eventDay: context.eventDays.find((d) => String(d.id) === form.eventDayId) ?? null,
    topicFields: form.topicFields.map(topic),
    tags: splitList(form.tags),
    links: form.links.filter((l) => l.label.trim() && l.url.trim()),
    services: form.services
      .filter((s) => s.name.trim())
      .map((s) => ({
        name: s.name.trim(),
        summary: s.summary.trim() || null,
        topicField: s.topicField ? topic(s.topicField) : null,
        // Not chosen yet: the preview shows no badge rather than a made-up value.
        maturity: s.maturity as Maturity,
        reuseModel: s.reuseModel as ReuseModel,
        licence: s.licence.trim() || null,
        codeUrl: /^https?:\/\//i.test(s.codeUrl.trim()) ? s.codeUrl.trim() : null,
        technology: s.technology.trim() || null,
        adopters: splitList(s.adopters),
        contactExpert: s.contactExpert.trim() || null,
        key: s.key,
        profile: toProfile(s.profile),
        adoptions: [],
      })),
    materials: form.materials.flatMap((entry) => {
      const material = uploaded.get(entry.id);
      return material ? [{ ...material, title: entry.title.trim() || material.title }] : [];
    }),
    experts: form.experts.filter((e) => e.name.trim()),
    logoUrl: context.logoUrl,
    bannerUrl: context.bannerUrl,
    logoAlt: form.logoAlt.trim() || null,
    bannerAlt: form.bannerAlt.trim() || null,
    video: previewVideo(form, context),
  };
}

/** The video as the booth page would play it; none while address, title or captions are missing. */
function previewVideo(form: ContentForm, context: PreviewContext): BoothVideoView | null {
  const { video } = form;
  const captionsUrl =
    video.captionsSource === 'url'
      ? video.captionsUrl.trim()
      : (context.uploadedCaptions ?? []).find((c) => String(c.id) === video.captionsId)?.url ?? '';
  if (!video.url.trim() || !video.title.trim() || !captionsUrl) return null;
  return {
    url: video.url.trim(),
    kind: videoKind(video.url.trim()),
    captionsUrl,
    title: video.title.trim(),
    description: video.description.trim() || null,
  };
}
