import { describe, expect, it } from 'vitest';
import { sourceOf } from './visits';

describe('visit sources', () => {
  it('names the category of the page before, with or without an edition, and never an address', () => {
    expect(sourceOf('/halle')).toBe('hall');
    expect(sourceOf('/2025/halle?q=umzug')).toBe('hall');
    expect(sourceOf('/vortrag/12')).toBe('talk');
    expect(sourceOf('/buehne/hauptbuehne')).toBe('talk');
    expect(sourceOf('/programm')).toBe('programme');
    expect(sourceOf('/2025/programm')).toBe('programme');
    expect(sourceOf(null)).toBe('direct');
    expect(sourceOf('/impressum')).toBe('direct');
  });
});
