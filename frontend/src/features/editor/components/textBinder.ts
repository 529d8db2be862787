import type { FieldProps, SectionProps } from './sections';

/** The names of the entries of T that hold a string (free text or a choice among strings). */
type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * Binds KoliBri text fields and selects to the string entries of one part of the form. `bind('tagline')` gives what
 * the field needs besides its label, hint and limits: its place, server error and lock (from `field`, by the same
 * name), its value, and an input handler that changes that entry.
 */
export function textBinder<T>(values: T, change: (patch: Partial<T>) => void, field: (name: string) => ReturnType<FieldProps>) {
  return <K extends TextKeys<T>>(name: K) => ({
    ...field(name),
    _value: values[name] as string,
    _on: { onInput: (_event: Event, value: unknown) => change({ [name]: String(value ?? '') } as Partial<T>) },
  });
}

/** {@link textBinder} for the top-level entries of the booth's content (name, tagline, logo…). */
export function formBinder({ form, update, field }: Pick<SectionProps, 'form' | 'update' | 'field'>) {
  return textBinder(form, (patch) => update((f) => ({ ...f, ...patch })), field);
}
