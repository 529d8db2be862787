import { describe, expect, it } from 'vitest';
import { isFiltered, parseHallFilter, serialiseHallFilter, toBoothQuery } from './filterState';

const parse = (query: string) => parseHallFilter(new URLSearchParams(query));

describe('hall filter in the URL', () => {
  it('reads topic, day, search text and a 1-based page', () => {
    expect(parse('topic=gesundheit&day=3&q=%20Termin%20&page=2')).toEqual({
      topic: 'gesundheit',
      day: 3,
      q: 'Termin',
      page: 1,
    });
  });

  it('falls back to the first page of everything for an empty query', () => {
    expect(parse('')).toEqual({ topic: undefined, day: undefined, q: undefined, page: 0 });
  });

  it('ignores malformed values instead of passing them to the API', () => {
    expect(parse('topic=<script>&day=zwei&page=-1&q=%20%20')).toEqual({
      topic: undefined,
      day: undefined,
      q: undefined,
      page: 0,
    });
    expect(parse('page=0').page).toBe(0);
    expect(parse('day=1.5').day).toBeUndefined();
  });

  it('limits the search text to 200 characters', () => {
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });

  it('writes only non-default values, the page counted from 1', () => {
    expect(serialiseHallFilter({ page: 0 }).toString()).toBe('');
    expect(serialiseHallFilter({ topic: 'smart-city', day: 5, q: 'Bürger App', page: 2 }).toString()).toBe(
      'topic=smart-city&day=5&q=B%C3%BCrger+App&page=3',
    );
  });

  it('survives a round trip, so a shared link shows the same results', () => {
    const filter = { topic: 'bauen-wohnen', day: 4, q: 'Umzug & Meldung', page: 1 };
    expect(parseHallFilter(serialiseHallFilter(filter))).toEqual(filter);
  });

  it('maps to the API query with the 0-based page', () => {
    expect(toBoothQuery({ topic: 'umwelt', page: 2 })).toEqual({
      page: 2,
      size: 24,
      topic: 'umwelt',
      day: undefined,
      q: undefined,
    });
  });

  it('knows whether any filter is set', () => {
    expect(isFiltered({ page: 3 })).toBe(false);
    expect(isFiltered({ q: 'x', page: 0 })).toBe(true);
  });
});
