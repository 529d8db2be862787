/**
 * The KoliBri props that bind a checkbox or switch (KolInputCheckbox) to a boolean state: whether it is checked, the
 * value it stands for, and its input handler. Spread it next to its label and hint:
 * `<KolInputCheckbox _label={…} {...checkboxField(consent, setConsent)} />`.
 */
export function checkboxField(checked: boolean, onChecked: (checked: boolean) => void) {
  return {
    _checked: checked,
    _value: true,
    _on: { onInput: (_event: Event, value: unknown) => onChecked(value === true) },
  };
}
