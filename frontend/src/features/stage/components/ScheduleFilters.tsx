import { KolButton, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDay, TopicField } from '../../../shared/api';
import { formatShortDate } from '../../../i18n/format';
import { useLabels } from '../../../shared/booth/labels';
import { parseScheduleFilter, scheduleSearch, TALK_TYPES, type ScheduleFilter } from '../schedule';

interface ScheduleFiltersProps {
  filter: ScheduleFilter;
  eventDays: EventDay[];
  topicFields: TopicField[];
  onApply: (filter: ScheduleFilter) => void;
}

type Fields = { tag: string; themenfeld: string; art: string; q: string };

/**
 * Day, topic field, type and words. Like the hall's filters they apply on "Anwenden" or Enter, not on
 * every change (WCAG 3.2.2). Mount with a key of the URL so the fields follow a changed link.
 */
export function ScheduleFilters({ filter, eventDays, topicFields, onApply }: ScheduleFiltersProps) {
  const { t, i18n } = useTranslation();
  const { topicFieldName, talkTypeName } = useLabels();
  const [fields, setFields] = useState<Fields>({
    tag: filter.day ? String(filter.day) : '',
    themenfeld: filter.topic ?? '',
    art: filter.type ?? '',
    q: filter.q ?? '',
  });
  const set = (name: keyof Fields) => ({
    onInput: (_event: Event, value: unknown) => setFields((current) => ({ ...current, [name]: String(value ?? '') })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(parseScheduleFilter(new URLSearchParams(Object.entries(fields).filter(([, v]) => v.trim() !== ''))));
  };
  const filtered = scheduleSearch(filter).toString() !== '';

  return (
    <form className="schedule-filters" role="search" aria-label={t('schedule.filter.label')} onSubmit={submit}>
      <KolInputText _type="search" _label={t('schedule.filter.q')} _value={fields.q} _on={set('q')} />
      <KolSelect
        _label={t('schedule.filter.day')}
        _options={[
          { label: t('schedule.filter.allDays'), value: '' },
          ...eventDays.map((d) => ({ label: `${formatShortDate(d.date, i18n.language)} – ${d.hostRegion.name}`, value: String(d.id) })),
        ]}
        _value={fields.tag}
        _on={set('tag')}
      />
      <KolSelect
        _label={t('schedule.filter.topic')}
        _options={[{ label: t('schedule.filter.allTopics'), value: '' }, ...topicFields.map((f) => ({ label: topicFieldName(f), value: f.code }))]}
        _value={fields.themenfeld}
        _on={set('themenfeld')}
      />
      <KolSelect
        _label={t('schedule.filter.type')}
        _options={[{ label: t('schedule.filter.allTypes'), value: '' }, ...TALK_TYPES.map((v) => ({ label: talkTypeName(v), value: v }))]}
        _value={fields.art}
        _on={set('art')}
      />
      <div className="schedule-filters__actions">
        <KolButton _label={t('schedule.filter.apply')} _type="submit" _variant="primary" />
        {filtered && <KolButton _label={t('schedule.filter.reset')} _variant="secondary" _on={{ onClick: () => onApply({}) }} />}
      </div>
    </form>
  );
}
