import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostModel, OperatingModel, OzgLevel } from '../api';
import '../../i18n/reuseTexts';

/** The codes of the reuse facts, in the order forms and filters offer them (docs/reuse.md). */
export const OZG_LEVELS: readonly OzgLevel[] = [0, 1, 2, 3, 4];
export const OPERATING_MODELS: readonly OperatingModel[] = ['self-hosted', 'provider', 'saas'];
export const COST_MODELS: readonly CostModel[] = ['free', 'cost-sharing', 'licence-fee'];

/** Labels for the reuse codes; kept apart from useLabels so that the start page does not load them. */
export function useReuseLabels() {
  const { t } = useTranslation();
  const label = useCallback(
    (group: string, code: string | null | undefined) => (code ? t(`${group}.${code}` as never, { defaultValue: code }) : ''),
    [t],
  );
  return {
    ozgLevelName: useCallback((level: number) => label('ozgLevel', String(level)), [label]),
    operatingModelName: useCallback((code: string) => label('operatingModel', code), [label]),
    costModelName: useCallback((code: string) => label('costModel', code), [label]),
    reuseStatusName: useCallback((code: string) => label('reuseStatus', code), [label]),
  };
}
