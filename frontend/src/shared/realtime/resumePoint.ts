/**
 * Where a channel resumes after a reconnect: the highest sequence number up to which the client has seen
 * every change, without a gap.
 *
 * Each channel sequence number is used exactly once, either as a new message's `seq` or as the `rev` of an
 * edit or deletion. With several instances (several writers), changes reach a connection out of order:
 * rev 105 stored by this instance can arrive before rev 103 stored by another and relayed through Redis.
 * Resuming from the highest rev seen (105) would then skip 103 and 104 for good. So the client counts
 * which numbers it has seen and resumes from the last one before the first gap.
 *
 * A backfill after `subscribe` holds every change up to its `head` (that is what the server promises when
 * it answers `since`, and a reset replaces everything), so it moves the point to `head` at once. Before the
 * first backfill there is no point: the client subscribes without `since`.
 */
export class ResumePoint {
  private floor: number | null = null;
  /** Numbers seen above the floor, waiting for the gap below them to close. */
  private readonly above = new Set<number>();

  /** The `since` for the next subscribe; null before the first backfill. */
  get value(): number | null {
    return this.floor;
  }

  /** A change was seen: a message's seq and rev are both numbers of the channel. */
  saw(seq: number, rev: number): void {
    this.mark(seq);
    if (rev !== seq) this.mark(rev);
    this.close();
  }

  /** A backfill completed everything up to `head`. */
  completeUpTo(head: number): void {
    this.floor = Math.max(this.floor ?? 0, head);
    this.close();
  }

  private mark(n: number): void {
    if (this.floor === null || n > this.floor) this.above.add(n);
  }

  private close(): void {
    if (this.floor === null) return;
    for (const n of this.above) if (n <= this.floor) this.above.delete(n);
    while (this.above.delete(this.floor + 1)) this.floor += 1;
  }
}
