import { KolButton, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDay, TopicField } from '../../api';
import { formatShortDate } from '../../i18n/format';
import { useLabels } from '../booth/labels';
import { isFiltered, type HallFilter } from './filterState';

interface HallFiltersProps {
  filter: HallFilter;
  topicFields: TopicField[];
  eventDays: EventDay[];
  onApply: (filter: HallFilter) => void;
}

/**
 * The filter form. Choices take effect with "Filter anwenden" (or Enter in a field), not
 * on every change, so nothing moves under a keyboard or screen reader user while choosing (WCAG 3.2.2).
 * Mount it with a key of the current URL filter so it starts over when the URL changes.
 */
export function HallFilters({ filter, topicFields, eventDays, onApply }: HallFiltersProps) {
  const { t, i18n } = useTranslation();
  const { topicFieldName } = useLabels();
  const [topic, setTopic] = useState(filter.topic ?? '');
  const [day, setDay] = useState(filter.day ? String(filter.day) : '');
  const [q, setQ] = useState(filter.q ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ topic: topic || undefined, day: day ? Number(day) : undefined, q: q.trim() || undefined, page: 0 });
  };

  const topicOptions = [
    { label: t('hall.filter.allTopics'), value: '' },
    ...topicFields.map((field) => ({ label: topicFieldName(field), value: field.code })),
  ];
  const dayOptions = [
    { label: t('hall.filter.allDays'), value: '' },
    ...eventDays.map((d) => ({
      label: `${formatShortDate(d.date, i18n.language)} – ${d.hostRegion.name}`,
      value: String(d.id),
    })),
  ];

  return (
    <form className="hall-filters" role="search" aria-label={t('hall.filter.label')} onSubmit={submit}>
      <div className="hall-filters__fields">
        <KolSelect
          _label={t('hall.filter.topic')}
          _options={topicOptions}
          _value={topic}
          _on={{ onInput: (_event: Event, value: unknown) => setTopic(String(value ?? '')) }}
        />
        <KolSelect
          _label={t('hall.filter.day')}
          _options={dayOptions}
          _value={day}
          _on={{ onInput: (_event: Event, value: unknown) => setDay(String(value ?? '')) }}
        />
        <KolInputText
          _type="search"
          _label={t('hall.filter.q')}
          _hint={t('hall.filter.qHint')}
          _value={q}
          _on={{ onInput: (_event: Event, value: unknown) => setQ(String(value ?? '')) }}
        />
      </div>
      <div className="hall-filters__actions">
        {/* KoliBri submits the surrounding form for a submit button and for Enter in a field. */}
        <KolButton _label={t('hall.filter.apply')} _type="submit" _variant="primary" />
        {isFiltered(filter) && (
          <KolButton
            _label={t('hall.filter.reset')}
            _variant="secondary"
            _on={{ onClick: () => onApply({ page: 0 }) }}
          />
        )}
      </div>
    </form>
  );
}
