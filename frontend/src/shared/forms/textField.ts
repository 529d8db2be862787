import { kolMsg } from './kolMsg';

/** Whether a field was touched and the error to show under it; a prop left out here is left out on the field. */
export interface FieldState {
  touched?: boolean;
  error?: string;
}

/**
 * The KoliBri props that bind a text field (KolInputText, KolInputEmail, KolTextarea…) to a string state: its
 * value, its input handler and, where given, whether it was touched and its error. Spread it into the field next
 * to its label, hint and limits: `<KolTextarea _label={…} _rows={4} {...textField(text, setText, { touched, error })} />`.
 */
export function textField(value: string, onValue: (value: string) => void, state: FieldState = {}) {
  return {
    _value: value,
    ...(state.touched === undefined ? {} : { _touched: state.touched }),
    ...('error' in state ? { _msg: kolMsg(state.error) } : {}),
    _on: { onInput: (_event: Event, input: unknown) => onValue(String(input ?? '')) },
  };
}
