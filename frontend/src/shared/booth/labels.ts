import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExhibitorType, Maturity, ReuseModel, TalkType, TopicField } from '../api';

/** The codes of the booth vocabulary, in the order forms and filters offer them. */
export const ORGANISATION_TYPES: readonly ExhibitorType[] = [
  'kommune',
  'kreis',
  'it-dienstleister',
  'land',
  'verband',
  'hochschule',
  'unternehmen',
];
export const MATURITIES: readonly Maturity[] = ['idee', 'pilot', 'produktiv'];
export const REUSE_MODELS: readonly ReuseModel[] = ['efa', 'open-source', 'gemeinsame-beschaffung', 'konzept'];


/**
 * Labels for codes the API sends. Topic field names come from the API in German; in English
 * they come from en.json (topicField.<code>), falling back to the API's name for unknown codes.
 */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const german = i18n.language === 'de';

  const topicFieldName = useCallback(
    (field: TopicField) => (german ? field.name : t(`topicField.${field.code}` as never, { defaultValue: field.name })),
    [german, t],
  );
  /** For a bare code (editor content): the translation, else the code itself. */
  const topicCodeName = useCallback(
    (code: string) => t(`topicField.${code}` as never, { defaultValue: code }),
    [t],
  );
  const label = useCallback(
    (group: string, code: string | null | undefined) =>
      code ? t(`${group}.${code}` as never, { defaultValue: code }) : '',
    [t],
  );

  return {
    topicFieldName,
    topicCodeName,
    exhibitorTypeName: useCallback((type: ExhibitorType | string) => label('exhibitorType', type), [label]),
    talkTypeName: useCallback((type: TalkType | string) => label('talkType', type), [label]),
    maturityName: useCallback((code: string) => label('maturity', code), [label]),
    reuseModelName: useCallback((code: string) => label('reuseModel', code), [label]),
    materialKindName: useCallback((code: string) => label('materialKind', code), [label]),
    workflowStateName: useCallback((code: string) => label('workflowState', code), [label]),
    contactStatusName: useCallback((code: string) => label('contactStatus', code), [label]),
  };
}
