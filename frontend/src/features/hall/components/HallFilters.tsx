import { KolButton, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/reuseTexts';
import type { Edition, EventDay, TopicField } from '../../../shared/api';
import { formatShortDate } from '../../../i18n/format';
import { MATURITIES, ORGANISATION_TYPES, REUSE_MODELS, useLabels } from '../../../shared/booth/labels';
import { hostRegions } from '../../../shared/fair/hooks';
import {
  ALL_EDITIONS,
  chosenFilterCount,
  defaultSort,
  isFiltered,
  LICENCE_CHOICES,
  OTHER_REGION,
  parseHallFilter,
  SORTS,
  type HallFilter,
} from '../filterState';
import { OPERATING_MODELS, OZG_CHOICES, ozgChoice, useReuseLabels } from '../../../shared/booth/reuseLabels';

interface HallFiltersProps {
  filter: HallFilter;
  topicFields: TopicField[];
  eventDays: EventDay[];
  /** The editions to choose from, and the one on screen; without two of them there is no edition filter. */
  editions?: Edition[];
  edition?: string;
  onApply: (filter: HallFilter) => void;
}

type Fields = Record<
  | 'topic'
  | 'region'
  | 'orgType'
  | 'maturity'
  | 'reuseModel'
  | 'ozgLevel'
  | 'efa'
  | 'licence'
  | 'operatingModel'
  | 'day'
  | 'q'
  | 'sort'
  | 'edition',
  string
>;

function toFields(filter: HallFilter, edition = ''): Fields {
  return {
    edition: filter.allEditions ? ALL_EDITIONS : edition,
    topic: filter.topic ?? '',
    region: filter.region ?? '',
    orgType: filter.orgType ?? '',
    maturity: filter.maturity ?? '',
    reuseModel: filter.reuseModel ?? '',
    ozgLevel: filter.ozgLevel === undefined ? '' : ozgChoice(filter.ozgModel ?? '1.1', filter.ozgLevel),
    efa: filter.efa === undefined ? '' : String(filter.efa),
    licence: filter.licence ?? '',
    operatingModel: filter.operatingModel ?? '',
    day: filter.day ? String(filter.day) : '',
    q: filter.q ?? '',
    sort: filter.sort ?? '',
  };
}

/**
 * The filter form. Choices take effect with "Filter anwenden" (or Enter in a field), not
 * on every change, so nothing moves under a keyboard or screen reader user while choosing (WCAG 3.2.2).
 * Mount it with a key of the current URL filter so it starts over when the URL changes.
 */
export function HallFilters({ filter, topicFields, eventDays, editions = [], edition, onApply }: HallFiltersProps) {
  const { t, i18n } = useTranslation();
  const { ozgLevelName, operatingModelName } = useReuseLabels();
  const { topicFieldName, exhibitorTypeName, maturityName, reuseModelName } = useLabels();
  const [fields, setFields] = useState<Fields>(() => toFields(filter, edition));
  // Narrow screens: the choices beyond the search fold behind a button, so that the results start on the first screen
  const [open, setOpen] = useState(false);
  const chosen = chosenFilterCount(filter);
  const set = (name: keyof Fields) => ({
    onInput: (_event: Event, value: unknown) => setFields((current) => ({ ...current, [name]: String(value ?? '') })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Parsing the fields like a URL applies the same checks as a shared link.
    const { edition: chosen, ...rest } = fields;
    const params = new URLSearchParams(Object.entries(rest).filter(([, value]) => value.trim() !== ''));
    onApply({ ...parseHallFilter(params), page: 0, edition: chosen || undefined });
  };

  const all = (label: string) => ({ label, value: '' });
  const topicOptions = [all(t('hall.filter.allTopics')), ...topicFields.map((f) => ({ label: topicFieldName(f), value: f.code }))];
  const regionOptions = [
    all(t('hall.filter.allRegions')),
    ...hostRegions(eventDays).map((r) => ({ label: r.name, value: r.code })),
    { label: t('hall.filter.otherRegions'), value: OTHER_REGION },
  ];
  const orgTypeOptions = [all(t('hall.filter.allOrgTypes')), ...ORGANISATION_TYPES.map((v) => ({ label: exhibitorTypeName(v), value: v }))];
  const maturityOptions = [all(t('hall.filter.allMaturities')), ...MATURITIES.map((v) => ({ label: maturityName(v), value: v }))];
  const reuseOptions = [all(t('hall.filter.allReuseModels')), ...REUSE_MODELS.map((v) => ({ label: reuseModelName(v), value: v }))];
  const ozgOptions = [all(t('hall.filter.allOzgLevels')), ...OZG_CHOICES.filter((c) => c.level > 0).map((c) => ({ label: t('hall.filter.atLeast', { level: ozgLevelName(c.level, c.model) }), value: ozgChoice(c.model, c.level) }))];
  const efaOptions = [all(t('hall.filter.efaAny')), { label: t('hall.filter.efaYes'), value: 'true' }, { label: t('hall.filter.efaNo'), value: 'false' }];
  const licences: string[] = [...LICENCE_CHOICES];
  if (fields.licence && !licences.includes(fields.licence)) licences.push(fields.licence);
  const licenceOptions = [all(t('hall.filter.allLicences')), ...licences.map((v) => ({ label: v, value: v }))];
  const operatingOptions = [all(t('hall.filter.allOperatingModels')), ...OPERATING_MODELS.map((v) => ({ label: operatingModelName(v), value: v }))];
  const dayOptions = [
    all(t('hall.filter.allDays')),
    ...eventDays.map((d) => ({ label: `${formatShortDate(d.date, i18n.language)} – ${d.hostRegion.name}`, value: String(d.id) })),
  ];
  const editionOptions = [
    { label: t('edition.hall.all'), value: ALL_EDITIONS },
    ...editions.map((e) => ({ label: e.current ? t('edition.switch.current', { title: e.title }) : e.title, value: e.slug })),
  ];
  const sortOptions = SORTS.map((v) => ({ label: t(`hall.sort.${v}`), value: v }));
  const sortValue = fields.sort || defaultSort({ q: fields.q.trim() });

  return (
    <form className="hall-filters" role="search" aria-label={t('hall.filter.label')} onSubmit={submit}>
      <div className="hall-filters__search">
        <KolInputText
          _type="search"
          _label={t('hall.filter.q')}
          _hint={t('hall.filter.qHint')}
          _value={fields.q}
          _on={set('q')}
        />
      </div>
      <button
        type="button"
        className="disclosure-button hall-filters__toggle"
        aria-expanded={open}
        aria-controls="hall-filters-more"
        onClick={() => setOpen((current) => !current)}
      >
        {chosen > 0 ? t('hall.filter.moreChosen', { count: chosen }) : t('hall.filter.more')}
      </button>
      <div id="hall-filters-more" className={open ? 'hall-filters__more is-open' : 'hall-filters__more'}>
        <div className="hall-filters__fields">
          {editions.length > 1 && (
            <KolSelect _label={t('edition.hall.filter')} _options={editionOptions} _value={fields.edition} _on={set('edition')} />
          )}
          <KolSelect _label={t('hall.filter.topic')} _options={topicOptions} _value={fields.topic} _on={set('topic')} />
          <KolSelect _label={t('hall.filter.region')} _options={regionOptions} _value={fields.region} _on={set('region')} />
          <KolSelect _label={t('hall.filter.orgType')} _options={orgTypeOptions} _value={fields.orgType} _on={set('orgType')} />
          <KolSelect _label={t('hall.filter.maturity')} _options={maturityOptions} _value={fields.maturity} _on={set('maturity')} />
          <KolSelect _label={t('hall.filter.reuseModel')} _options={reuseOptions} _value={fields.reuseModel} _on={set('reuseModel')} />
          <KolSelect _label={t('hall.filter.ozgLevel')} _options={ozgOptions} _value={fields.ozgLevel} _on={set('ozgLevel')} />
          <KolSelect _label={t('hall.filter.efa')} _options={efaOptions} _value={fields.efa} _on={set('efa')} />
          <KolSelect _label={t('hall.filter.licence')} _options={licenceOptions} _value={fields.licence} _on={set('licence')} />
          <KolSelect _label={t('hall.filter.operatingModel')} _options={operatingOptions} _value={fields.operatingModel} _on={set('operatingModel')} />
          <KolSelect _label={t('hall.filter.day')} _options={dayOptions} _value={fields.day} _on={set('day')} />
          <KolSelect _label={t('hall.filter.sort')} _options={sortOptions} _value={sortValue} _on={set('sort')} />
        </div>
      </div>
      <div className="hall-filters__actions">
        {/* KoliBri submits the surrounding form for a submit button and for Enter in a field. */}
        <KolButton _label={t('hall.filter.apply')} _type="submit" _variant="primary" />
        {(isFiltered(filter) || filter.sort) && (
          <KolButton _label={t('hall.filter.reset')} _variant="secondary" _on={{ onClick: () => onApply({ page: 0 }) }} />
        )}
      </div>
    </form>
  );
}
