/** KoliBri's _msg for an error text under a field; undefined shows none. */
export function kolMsg(text: string | undefined): { _type: 'error'; _description: string } | undefined {
  return text ? { _type: 'error', _description: text } : undefined;
}
