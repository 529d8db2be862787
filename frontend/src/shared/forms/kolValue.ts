/**
 * The value a KoliBri field reports to its handler, as a string: a select reports an array (of one, without
 * `_multiple`), the other fields the value itself; nothing chosen is ''.
 */
export function kolValue(value: unknown): string {
  return String((Array.isArray(value) ? value[0] : value) ?? '');
}
