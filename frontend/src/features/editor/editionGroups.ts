import type { Edition, EditorBooth } from '../../shared/api';

export interface EditionGroup {
  /** Undefined for booths of an edition the list does not know (or while it loads). */
  edition: Edition | undefined;
  booths: EditorBooth[];
}

/** My booths by edition, in the order of the editions (newest first); booths of unknown editions last. */
export function groupByEdition(booths: EditorBooth[], editions: Edition[] | undefined): EditionGroup[] {
  const known = editions ?? [];
  const groups: EditionGroup[] = known
    .map((edition) => ({ edition, booths: booths.filter((b) => b.edition === edition.slug) }))
    .filter((g) => g.booths.length > 0);
  const rest = booths.filter((b) => !known.some((e) => e.slug === b.edition));
  if (rest.length > 0) groups.push({ edition: undefined, booths: rest });
  return groups;
}

/**
 * The editions a booth can be carried into: later ones that are not archived and hold no booth of that
 * name yet. Whether the exhibitor takes part there the server decides (a clear 409 otherwise); staff see
 * an edition in preparation only when their exhibitor takes part.
 */
export function carryOverTargets(booth: EditorBooth, booths: EditorBooth[], editions: Edition[] | undefined): Edition[] {
  const from = editions?.find((e) => e.slug === booth.edition);
  if (!from) return [];
  return (editions ?? []).filter(
    (e) =>
      e.slug !== from.slug &&
      e.state !== 'archive' &&
      e.startsOn > from.startsOn &&
      !booths.some((b) => b.edition === e.slug && b.slug === booth.slug && b.exhibitor.slug === booth.exhibitor.slug),
  );
}
