import type { BoothDraft } from '../shared/api';
import { eventDay, topicFields } from './fixtures';
import { ME } from './render';

/** What the booth editor reads besides the draft, for aussteller-soest: the user, the topic fields, one event day, no booth list. */
export const EDITOR_READS = {
  '/api/me': ME.exhibitor,
  '/api/topic-fields': topicFields,
  '/api/event-days': [eventDay],
  '/api/my/booths': [],
};

/** The working copy of kreis-soest-umzug (GET …/draft): published, not yet saved, open for editing, with this content. */
export function boothDraft(content: BoothDraft['content'], overrides: Partial<BoothDraft> = {}): BoothDraft {
  return {
    slug: 'kreis-soest-umzug',
    exhibitor: { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' },
    published: true,
    workflowState: 'published',
    reason: null,
    version: -1,
    content,
    uploadedMaterials: [],
    editingEnabled: true,
    ...overrides,
  };
}
