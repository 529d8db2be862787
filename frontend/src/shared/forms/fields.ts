import type { TFunction } from 'i18next';
import '../../i18n/editorTexts';

const ITEM = /^(links|services|experts|materials)\[(\d+)\](?:\.([\w.[\]]+))?$/;

/**
 * A readable name of a form field for the error summary: "Name", "Link 2: Adresse (URL)".
 * Unknown paths are shown as they are rather than hidden.
 */
export function describeField(path: string, t: TFunction): string {
  const item = ITEM.exec(path);
  if (item) {
    const [, group, index, field] = item;
    const itemName = t(`editor.${group}.item` as never, { n: Number(index) + 1 });
    if (!field) return itemName;
    const name = field.replace(/\[\d+\]/g, '');
    return `${itemName}: ${t(`editor.field.${group}.${name}` as never, { defaultValue: name })}`;
  }
  return t(`editor.field.${path}` as never, { defaultValue: path });
}

/**
 * The element that shows a field: the one marked with data-field="path", else its item or its list
 * (errors about a list as a whole, or about a material id, land on the nearest thing that exists).
 */
export function findFieldElement(path: string, root: ParentNode = document): HTMLElement | null {
  const candidates = [path, path.replace(/\[\d+\]$/, ''), path.replace(/\.\w+$/, ''), path.replace(/\[\d+\].*$/, '')];
  for (const candidate of candidates) {
    // Inside a quoted attribute value only quotes and backslashes need escaping.
    const element = root.querySelector<HTMLElement>(`[data-field="${candidate.replace(/["\\]/g, '\\$&')}"]`);
    if (element) return element;
  }
  return null;
}

/** Moves the focus to a field; KoliBri components focus their inner input through their focus method. */
export function focusField(path: string, root: ParentNode = document): boolean {
  const element = findFieldElement(path, root);
  if (!element) return false;
  element.scrollIntoView?.({ block: 'center' });
  void element.focus();
  return true;
}

/** Splits a list typed one per line or comma-separated; blanks and duplicates are dropped. */
export function splitList(text: string): string[] {
  const items = text
    .split(/[\n,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}
