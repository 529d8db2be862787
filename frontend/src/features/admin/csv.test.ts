import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('CSV of the admin exports', () => {
  it('reads a semicolon CSV with BOM, quotes and CRLF into records', () => {
    const text = '\uFEFFslug;name;hall_order\r\nkreis-soest-umzug;"Umzug; digital";3\r\nx;"Er sagte ""Hallo""\nneu";0\r\n';
    expect(parseCsv(text)).toEqual([
      { slug: 'kreis-soest-umzug', name: 'Umzug; digital', hall_order: '3' },
      { slug: 'x', name: 'Er sagte "Hallo"\nneu', hall_order: '0' },
    ]);
  });

  it('gives nothing for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
