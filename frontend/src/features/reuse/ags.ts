/** Amtlicher Gemeindeschlüssel: 8 digits, starting with a state key (Länderschlüssel) from 01 to 16. */
export const AGS_PATTERN = /^(0[1-9]|1[0-6])[0-9]{6}$/;

export function isAgs(value: string): boolean {
  return AGS_PATTERN.test(value.trim());
}
