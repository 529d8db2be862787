import { afterEach, describe, expect, it } from 'vitest';
import {
  boothChannel,
  editionQueryKeyHash,
  isEditionApi,
  setActiveEdition,
  stageChannel,
  switchTarget,
  withEdition,
  withoutEdition,
} from './paths';

afterEach(() => setActiveEdition(undefined));

describe('edition addresses', () => {
  it('put the edition in front of the pages of an edition only', () => {
    expect(withEdition('/halle?q=umzug', '2025')).toBe('/2025/halle?q=umzug');
    expect(withEdition('/', '2025')).toBe('/2025');
    expect(withEdition('/stand/kreis-soest-umzug', '2025')).toBe('/2025/stand/kreis-soest-umzug');
    expect(withEdition('/archiv/3', '2025')).toBe('/2025/archiv/3');
    expect(withEdition('/mein-stand/kreis-soest-umzug/bearbeiten', '2025')).toBe('/2025/mein-stand/kreis-soest-umzug/bearbeiten');
    expect(withEdition('/verwaltung/pruefung/x', '2025')).toBe('/2025/verwaltung/pruefung/x');
    // The same in every edition, or already an address of one
    for (const page of ['/impressum', '/mein-stand', '/verwaltung', '/verwaltung/ausgaben', '/gespraeche', '/merkliste', '/hallenplan', '/2026/halle']) {
      expect(withEdition(page, '2025'), page).toBe(page);
    }
    expect(withEdition('/halle', undefined)).toBe('/halle');
  });

  it('take the prefix off again', () => {
    expect(withoutEdition('/2025/halle', '2025')).toBe('/halle');
    expect(withoutEdition('/2025', '2025')).toBe('/');
    expect(withoutEdition('/halle', undefined)).toBe('/halle');
    expect(withoutEdition('/20250/halle', '2025')).toBe('/20250/halle');
  });

  it('switch to the same list in another edition, else to its start page; the current one stays plain', () => {
    expect(switchTarget('/2025/halle', '2025', undefined)).toBe('/halle');
    expect(switchTarget('/halle', undefined, '2025')).toBe('/2025/halle');
    expect(switchTarget('/programm', undefined, '2025')).toBe('/2025/programm');
    expect(switchTarget('/2025/stand/kreis-soest-umzug', '2025', undefined)).toBe('/');
    expect(switchTarget('/impressum', undefined, '2025')).toBe('/2025');
  });

  it('name the API paths that take the edition parameter; ids stay global', () => {
    for (const path of ['/api/fair', '/api/event-days', '/api/booths', '/api/booths/x/draft', '/api/me/bookmarks/x', '/api/exhibitors/kreis-soest/booths', '/api/stages', '/api/stages/main/live', '/api/programme/now', '/api/talks', '/api/admin/programme/import']) {
      expect(isEditionApi(path), path).toBe(true);
    }
    for (const path of ['/api/editions', '/api/me', '/api/my/booths', '/api/talks/7', '/api/event-days/3/talks', '/api/topic-fields', '/api/me/bookmarks', '/api/chat/unread']) {
      expect(isEditionApi(path), path).toBe(false);
    }
  });

  it('name chat channels with the edition when it is known', () => {
    expect(boothChannel('kreis-soest-umzug', '2025')).toBe('booth:2025/kreis-soest-umzug');
    expect(boothChannel('kreis-soest-umzug', undefined)).toBe('booth:kreis-soest-umzug');
    expect(stageChannel('main', '2026')).toBe('stage:2026/main');
  });
});

describe('the query cache hash', () => {
  it('keeps an edition-scoped key apart per edition, and global keys together', () => {
    const plainHall = editionQueryKeyHash(['booths', 'de', { page: 0 }]);
    const plainMe = editionQueryKeyHash(['me', 'besucher']);
    const plainConsole = editionQueryKeyHash(['chat', 'console', 'x']);
    setActiveEdition('2025');
    expect(editionQueryKeyHash(['booths', 'de', { page: 0 }])).not.toBe(plainHall);
    expect(editionQueryKeyHash(['chat', 'console', 'x'])).not.toBe(plainConsole);
    expect(editionQueryKeyHash(['me', 'besucher'])).toBe(plainMe);
    expect(editionQueryKeyHash(['chat', 'unread'])).toBe(JSON.stringify(['chat', 'unread']));
  });
});
