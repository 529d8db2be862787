import { describe, expect, it } from 'vitest';
import { boothCard, topicFields } from '../../../test/fixtures';
import { planAreas } from './planAreas';

const booth = (slug: string, topic: string | null, region: string | null) => ({
  ...boothCard,
  slug,
  name: slug,
  topicFields: topic ? [{ code: topic, name: topic === 'gesundheit' ? 'Gesundheit' : 'Bauen & Wohnen' }] : [],
  region: region ? { code: region, name: region === 'soest' ? 'Soest' : 'Aachen' } : null,
});

describe('hall plan areas', () => {
  it('puts each booth in its first topic field, areas in the fair order, booths of no area last, numbered in hall order', () => {
    const booths = [booth('a', 'gesundheit', 'soest'), booth('b', null, null), booth('c', 'bauen-wohnen', 'aachen'), booth('d', 'gesundheit', null)];

    const areas = planAreas(booths, 'topic', topicFields);

    expect(areas.map((a) => [a.letter, a.code, a.name])).toEqual([
      ['A', 'bauen-wohnen', 'Bauen & Wohnen'],
      ['B', 'gesundheit', 'Gesundheit'],
      ['C', null, null],
    ]);
    expect(areas[1].booths.map((b) => [b.number, b.booth.slug])).toEqual([
      ['B1', 'a'],
      ['B2', 'd'],
    ]);
    expect(areas[2].booths.map((b) => b.number)).toEqual(['C1']);
  });

  it('lays out by host region in event-day order, regions it does not know after them, leaving out empty areas', () => {
    const booths = [booth('a', 'gesundheit', 'aachen'), booth('b', null, 'soest'), booth('c', null, null)];

    const areas = planAreas(booths, 'region', [
      { code: 'soest', name: 'Soest' },
      { code: 'muenster', name: 'Münster' },
    ]);

    expect(areas.map((a) => [a.letter, a.name, a.booths.map((b) => b.booth.slug)])).toEqual([
      ['A', 'Soest', ['b']],
      ['B', 'Aachen', ['a']],
      ['C', null, ['c']],
    ]);
  });

  it('has no areas for no booths', () => {
    expect(planAreas([], 'topic', topicFields)).toEqual([]);
  });
});
