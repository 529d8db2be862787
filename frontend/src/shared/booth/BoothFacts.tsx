import { useTranslation } from 'react-i18next';
import type { HostRegion, TopicField } from '../api';
import { useContentLang } from '../../i18n/useContentLang';
import { useLabels } from './labels';
import { Fact } from '../ui/Fact';

/** The host region as a row of a booth's facts list (hall tile and booth page); nothing without one. */
export function RegionFact({ region }: { region: HostRegion | null }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  if (!region) return null;
  return (
    <Fact label={t('booth.region')} lang={contentLang}>{region.name}</Fact>
  );
}

/** The topic fields as chips in a row of a booth's facts list; nothing without any. */
export function TopicFieldsFact({ topicFields }: { topicFields: TopicField[] }) {
  const { t } = useTranslation();
  const { topicFieldName } = useLabels();
  if (topicFields.length === 0) return null;
  return (
    <Fact label={t('booth.topicFields')}>
      <ul className="chip-list">
        {topicFields.map((field) => (
          <li key={field.code} className="chip">
            {topicFieldName(field)}
          </li>
        ))}
      </ul>
    </Fact>
  );
}
