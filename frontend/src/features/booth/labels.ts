import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExhibitorType, TalkType, TopicField } from '../../api';

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
  const exhibitorTypeName = useCallback(
    (type: ExhibitorType | string) => t(`exhibitorType.${type}` as never, { defaultValue: type }),
    [t],
  );
  const talkTypeName = useCallback((type: TalkType | string) => t(`talkType.${type}` as never, { defaultValue: type }), [t]);

  return { topicFieldName, exhibitorTypeName, talkTypeName };
}
