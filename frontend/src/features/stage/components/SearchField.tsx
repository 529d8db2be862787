import { KolInputText } from '@public-ui/react-v19';

/** The search words of an archive page: a search field whose text the page keeps until its form is sent. */
export function SearchField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <KolInputText _type="search" _label={label} _value={value} _on={{ onInput: (_event: Event, next: unknown) => onChange(String(next ?? '')) }} />
  );
}
