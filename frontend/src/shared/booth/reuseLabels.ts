import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostModel, OperatingModel, OzgLevel, OzgModel } from '../api';
import '../../i18n/reuseTexts';

/** The codes of the reuse facts, in the order forms and filters offer them (docs/reuse.md). */
export const OZG_MODELS: readonly OzgModel[] = ['2.0', '1.1'];
export const OZG_LEVELS: Readonly<Record<OzgModel, readonly OzgLevel[]>> = {
  '2.0': [0, 1, 2, 3, 4, 5, 6, 7],
  '1.1': [0, 1, 2, 3, 4],
};

/** A level with its model as one choice of a select ("2.0:5"); levels of the two models are not comparable. */
export const ozgChoice = (model: OzgModel, level: number) => `${model}:${level}`;

/** The model and level of a choice, or undefined for anything else. */
export function parseOzgChoice(choice: string | null | undefined): { model: OzgModel; level: OzgLevel } | undefined {
  const [model, level] = (choice ?? '').split(':');
  const levels = OZG_LEVELS[model as OzgModel];
  return levels?.some((l) => String(l) === level) ? { model: model as OzgModel, level: Number(level) as OzgLevel } : undefined;
}

/** Every level of both models as select choices, the current model first. */
export const OZG_CHOICES = OZG_MODELS.flatMap((model) => OZG_LEVELS[model].map((level) => ({ model, level })));
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
    /** "Stufe 5 – … (Reifegradmodell 2.0)"; a level without its model is one of 1.1. */
    ozgLevelName: useCallback(
      (level: number, model: OzgModel | null | undefined = '1.1') =>
        t('ozgModel.level', { level: label(model === '2.0' ? 'ozgLevel2' : 'ozgLevel', String(level)), model: model ?? '1.1' }),
      [label, t],
    ),
    operatingModelName: useCallback((code: string) => label('operatingModel', code), [label]),
    costModelName: useCallback((code: string) => label('costModel', code), [label]),
    reuseStatusName: useCallback((code: string) => label('reuseStatus', code), [label]),
  };
}
