import { describe, expect, it } from 'vitest';
import { defaultSort, isFiltered, parseHallDisplay, parseHallFilter, serialiseHallFilter, toBoothQuery, toPlanQuery, withHallDisplay } from './filterState';

const parse = (query: string) => parseHallFilter(new URLSearchParams(query));

const EMPTY = {
  topic: undefined,
  region: undefined,
  orgType: undefined,
  maturity: undefined,
  reuseModel: undefined,
  day: undefined,
  q: undefined,
  sort: undefined,
  page: 0,
};

describe('hall filter in the URL', () => {
  it('reads every filter, the search text, the sort and a 1-based page', () => {
    expect(
      parse('topic=gesundheit&region=soest&orgType=kreis&maturity=produktiv&reuseModel=open-source&day=3&q=%20Termin%20&sort=name&page=2'),
    ).toEqual({
      topic: 'gesundheit',
      region: 'soest',
      orgType: 'kreis',
      maturity: 'produktiv',
      reuseModel: 'open-source',
      day: 3,
      q: 'Termin',
      sort: 'name',
      page: 1,
    });
  });

  it('reads a maturity level with its model; a level alone is one of model 1.1, a level outside its model none', () => {
    expect(parse('ozgLevel=5&ozgModel=2.0')).toMatchObject({ ozgLevel: 5, ozgModel: '2.0' });
    expect(parse('ozgLevel=2.0:6')).toMatchObject({ ozgLevel: 6, ozgModel: '2.0' });
    expect(parse('ozgLevel=3')).toMatchObject({ ozgLevel: 3, ozgModel: '1.1' });
    expect(parse('ozgLevel=5').ozgLevel).toBeUndefined();
    expect(parse('ozgLevel=8&ozgModel=2.0').ozgLevel).toBeUndefined();
    expect(parse('ozgLevel=2&ozgModel=3.0').ozgLevel).toBeUndefined();
    const filter = parse('ozgLevel=2.0:6');
    expect(serialiseHallFilter(filter).toString()).toBe('ozgLevel=6&ozgModel=2.0');
    expect(toBoothQuery(filter)).toMatchObject({ ozgLevel: 6, ozgModel: '2.0' });
  });

  it('accepts "other" for exhibitors from outside the host regions', () => {
    expect(parse('region=other').region).toBe('other');
  });

  it('falls back to the first page of everything for an empty query', () => {
    expect(parse('')).toEqual(EMPTY);
  });

  it('ignores malformed or unknown values instead of passing them to the API', () => {
    expect(
      parse('topic=<script>&region=S%C3%BCd&orgType=verein&maturity=beta&reuseModel=efa2&sort=random&day=zwei&page=-1&q=%20%20'),
    ).toEqual(EMPTY);
    expect(parse('page=0').page).toBe(0);
    expect(parse('day=1.5').day).toBeUndefined();
  });

  it('limits the search text to 200 characters', () => {
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });

  it('writes only non-default values, the page counted from 1', () => {
    expect(serialiseHallFilter({ page: 0 }).toString()).toBe('');
    expect(
      serialiseHallFilter({ topic: 'smart-city', region: 'other', maturity: 'pilot', day: 5, q: 'Bürger App', sort: 'newest', page: 2 }).toString(),
    ).toBe('topic=smart-city&region=other&maturity=pilot&day=5&q=B%C3%BCrger+App&sort=newest&page=3');
  });

  it('leaves out the sort when it is the API default (relevance with a search, hall plan without)', () => {
    expect(defaultSort({ q: 'x' })).toBe('relevance');
    expect(defaultSort({})).toBe('hall');
    expect(serialiseHallFilter({ q: 'Umzug', sort: 'relevance', page: 0 }).toString()).toBe('q=Umzug');
    expect(serialiseHallFilter({ sort: 'hall', page: 0 }).toString()).toBe('');
    expect(serialiseHallFilter({ sort: 'relevance', page: 0 }).toString()).toBe('sort=relevance');
  });

  it('survives a round trip, so a shared link shows the same results', () => {
    const filter = {
      topic: 'bauen-wohnen',
      region: 'soest',
      orgType: 'it-dienstleister' as const,
      maturity: 'idee' as const,
      reuseModel: 'gemeinsame-beschaffung' as const,
      day: 4,
      q: 'Umzug & Meldung',
      sort: 'name' as const,
      page: 1,
    };
    expect(parseHallFilter(serialiseHallFilter(filter))).toEqual(filter);
  });

  it('maps to the API query with the 0-based page', () => {
    expect(toBoothQuery({ topic: 'umwelt', reuseModel: 'efa', page: 2 })).toEqual({
      page: 2,
      size: 24,
      topic: 'umwelt',
      region: undefined,
      orgType: undefined,
      maturity: undefined,
      reuseModel: 'efa',
      day: undefined,
      q: undefined,
      sort: undefined,
    });
  });

  it('knows whether any filter is set (the sort and the page are no filters)', () => {
    expect(isFiltered({ page: 3, sort: 'name' })).toBe(false);
    expect(isFiltered({ q: 'x', page: 0 })).toBe(true);
    expect(isFiltered({ orgType: 'land', page: 0 })).toBe(true);
    expect(isFiltered({ region: 'other', page: 0 })).toBe(true);
  });
});

describe('hall view in the URL', () => {
  it('is the list unless the plan is asked for; areas by topic field unless by region', () => {
    expect(parseHallDisplay(new URLSearchParams(''))).toEqual({ view: 'list', areas: 'topic' });
    expect(parseHallDisplay(new URLSearchParams('view=plan&areas=region'))).toEqual({ view: 'plan', areas: 'region' });
    expect(parseHallDisplay(new URLSearchParams('view=karte&areas=x'))).toEqual({ view: 'list', areas: 'topic' });
  });

  it('writes the plan without a page, and nothing for the list', () => {
    const params = new URLSearchParams('topic=gesundheit&page=3');
    expect(withHallDisplay(params, { view: 'plan', areas: 'region' }).toString()).toBe('topic=gesundheit&view=plan&areas=region');
    expect(withHallDisplay(params, { view: 'plan', areas: 'topic' }).toString()).toBe('topic=gesundheit&view=plan');
    expect(withHallDisplay(params, { view: 'list', areas: 'region' }).toString()).toBe('topic=gesundheit&page=3');
  });

  it('asks for the filtered booths in hall order, as many as one answer holds, from the first', () => {
    expect(toPlanQuery(parse('topic=gesundheit&sort=name&page=3'))).toMatchObject({ topic: 'gesundheit', sort: 'hall', page: 0, size: 100 });
  });
});
