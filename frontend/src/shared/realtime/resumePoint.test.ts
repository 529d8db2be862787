import { describe, expect, it } from 'vitest';
import { ResumePoint } from './resumePoint';

describe('ResumePoint', () => {
  it('has no point before the first backfill, whatever arrived live', () => {
    const point = new ResumePoint();
    point.saw(7, 7);
    expect(point.value).toBeNull();
    point.completeUpTo(6);
    expect(point.value).toBe(7);
  });

  it('stops before the first number it has not seen when changes arrive out of order', () => {
    const point = new ResumePoint();
    point.completeUpTo(100);
    point.saw(102, 102);
    point.saw(104, 104);
    expect(point.value).toBe(100);
    point.saw(101, 101);
    expect(point.value).toBe(102);
    point.saw(103, 103);
    expect(point.value).toBe(104);
  });

  it('counts the rev of an edit or deletion as a number of the channel, not the revisions it skipped', () => {
    const point = new ResumePoint();
    point.completeUpTo(10);
    point.saw(11, 11);
    // message 5 edited twice, at 12 and 13; only the second edit arrived so far
    point.saw(5, 13);
    expect(point.value).toBe(11);
    point.saw(5, 12);
    expect(point.value).toBe(13);
  });

  it('jumps to the head of a later backfill and keeps what it saw above it', () => {
    const point = new ResumePoint();
    point.completeUpTo(3);
    point.saw(9, 9);
    point.completeUpTo(7);
    expect(point.value).toBe(7);
    point.saw(8, 8);
    expect(point.value).toBe(9);
    point.completeUpTo(5);
    expect(point.value).toBe(9);
  });
});
