import { KolButton, KolHeading, KolInputCheckbox, KolInputEmail, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDay, TopicField } from '../../../shared/api';
import { formatShortDate } from '../../../i18n/format';
import { MATURITIES, REUSE_MODELS, useLabels } from '../../../shared/booth/labels';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { ProfileFields } from './ProfileFields';
import { formBinder, textBinder } from './textBinder';
import '../../../i18n/contentLanguagesTexts';
import {
  emptyExpert,
  emptyLink,
  emptyService,
  LIMITS,
  toggleTopicField,
  type ContentForm,
  type ExpertForm,
  type ServiceForm,
} from '../contentForm';
import '../../../i18n/editorTexts';

export type Update = (change: (form: ContentForm) => ContentForm) => void;

/** Props every KoliBri field gets: where it is (data-field), its server error, and whether it may change. */
export type FieldProps = (path: string) => {
  'data-field': string;
  _msg: ReturnType<typeof kolMsg>;
  _touched: boolean;
  _disabled: boolean;
};

export interface SectionProps {
  form: ContentForm;
  update: Update;
  field: FieldProps;
  disabled: boolean;
  /** Moves the focus to a field once it is rendered (after adding a row). */
  focusLater: (path: string) => void;
}

function Section({ title, children, path }: { title: string; children: ReactNode; path?: string }) {
  return (
    <section className="editor-section panel" data-field={path} tabIndex={path ? -1 : undefined}>
      <KolHeading _label={title} _level={2} />
      {children}
    </section>
  );
}

export function BasicsSection(props: SectionProps) {
  const { t } = useTranslation();
  const bind = formBinder(props);
  return (
    <Section title={t('editor.sections.basics')}>
      <KolInputText
        {...bind('name')}
        _label={t('editor.field.name')}
        _required
        _maxLength={LIMITS.name}
      />
      <KolInputText
        {...bind('tagline')}
        _label={t('editor.field.tagline')}
        _hint={t('editor.hint.tagline')}
        _maxLength={LIMITS.tagline}
      />
      <KolTextarea
        {...bind('description')}
        _label={t('editor.field.description')}
        _hint={t('editor.hint.description')}
        _rows={10}
        _resize="vertical"
        _maxLength={LIMITS.description}
      />
    </Section>
  );
}

/** The optional English texts, beside the German ones, and the Leichte-Sprache summary. */
export function EnglishSection(props: SectionProps) {
  const { t } = useTranslation();
  const bind = formBinder(props);
  return (
    <Section title={t('contentLanguages.english')}>
      <p className="field-hint">{t('contentLanguages.englishHint')}</p>
      <KolInputText
        {...bind('nameEn')}
        _label={t('contentLanguages.nameEn')}
        _maxLength={LIMITS.name}
      />
      <KolInputText
        {...bind('taglineEn')}
        _label={t('contentLanguages.taglineEn')}
        _maxLength={LIMITS.tagline}
      />
      <KolTextarea
        {...bind('descriptionEn')}
        _label={t('contentLanguages.descriptionEn')}
        _rows={6}
        _resize="vertical"
        _maxLength={LIMITS.description}
      />
      <KolTextarea
        {...bind('easySummary')}
        _label={t('contentLanguages.easySummaryField')}
        _hint={t('contentLanguages.easySummaryHint')}
        _rows={4}
        _resize="vertical"
        _maxLength={LIMITS.easySummary}
      />
    </Section>
  );
}

interface ClassificationProps extends SectionProps {
  topicFields: TopicField[];
  eventDays: EventDay[];
}

export function ClassificationSection({ form, update, field, disabled, topicFields, eventDays }: ClassificationProps) {
  const { t, i18n } = useTranslation();
  const { topicFieldName } = useLabels();
  const bind = formBinder({ form, update, field });
  const topicProps = field('topicFields');
  const full = form.topicFields.length >= LIMITS.topicFields;
  return (
    <Section title={t('editor.sections.classification')}>
      <fieldset className="checkbox-group" data-field="topicFields" tabIndex={-1} aria-describedby="topic-hint">
        <legend>
          {t('editor.field.topicFields')} <span className="required-marker">*</span>
        </legend>
        <p id="topic-hint" className="field-hint">
          {t('editor.hint.topicFields', { count: form.topicFields.length, max: LIMITS.topicFields })}
        </p>
        {topicProps._msg && (
          <p className="field-error" role="alert">
            {topicProps._msg._description}
          </p>
        )}
        <div className="checkbox-group__items">
          {topicFields.map((topic) => {
            const checked = form.topicFields.includes(topic.code);
            return (
              <KolInputCheckbox
                key={topic.code}
                _label={topicFieldName(topic)}
                _checked={checked}
                _value={true}
                // A fourth field cannot be chosen; unchecking one frees a place again.
                _disabled={disabled || (full && !checked)}
                _on={{
                  onInput: (_event: Event, value: unknown) =>
                    update((f) => ({ ...f, topicFields: toggleTopicField(f.topicFields, topic.code, value === true) })),
                }}
              />
            );
          })}
        </div>
      </fieldset>
      <KolSelect
        {...bind('eventDayId')}
        _label={t('editor.field.eventDayId')}
        _options={[
          { label: t('editor.noEventDay'), value: '' },
          ...eventDays.map((d) => ({
            label: `${formatShortDate(d.date, i18n.language)} – ${d.hostRegion.name}`,
            value: String(d.id),
          })),
        ]}
      />
      <KolTextarea
        {...bind('tags')}
        _label={t('editor.field.tags')}
        _hint={t('editor.hint.tags', { max: LIMITS.tags, length: LIMITS.tag })}
        _rows={3}
      />
    </Section>
  );
}

interface RowsProps<T> extends SectionProps {
  group: 'links' | 'services' | 'experts';
  items: T[];
  max: number;
  empty: () => T;
  firstField: string;
  set: (items: T[]) => void;
  renderItem: (item: T, index: number, change: (patch: Partial<T>) => void) => ReactNode;
}

/** A list of repeatable groups (links, services, experts): add at the end, remove each, focus follows. */
function Rows<T>({ group, items, max, empty, firstField, set, renderItem, disabled, focusLater }: RowsProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      {items.length === 0 && <p className="empty-state">{t(`editor.${group}.none`)}</p>}
      {items.map((item, index) => (
        <fieldset key={index} className="repeat-group" data-field={`${group}[${index}]`} tabIndex={-1}>
          <legend>{t(`editor.${group}.item`, { n: index + 1 })}</legend>
          {renderItem(item, index, (patch) => set(items.map((it, i) => (i === index ? { ...it, ...patch } : it))))}
          <div className="repeat-group__actions">
            <KolButton
              _label={t(`editor.${group}.remove`, { n: index + 1 })}
              _variant="secondary"
              _disabled={disabled}
              _on={{
                onClick: () => {
                  set(items.filter((_, i) => i !== index));
                  focusLater(items.length > 1 ? `${group}[${Math.max(0, index - 1)}].${firstField}` : `${group}-add`);
                },
              }}
            />
          </div>
        </fieldset>
      ))}
      <KolButton
        data-field={`${group}-add`}
        _label={t(`editor.${group}.add`)}
        _variant="secondary"
        _disabled={disabled || items.length >= max}
        _on={{
          onClick: () => {
            set([...items, empty()]);
            focusLater(`${group}[${items.length}].${firstField}`);
          },
        }}
      />
    </>
  );
}

export function LinksSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, update, field } = props;
  return (
    <Section title={t('editor.sections.links')} path="links">
      <Rows
        {...props}
        group="links"
        items={form.links}
        max={LIMITS.links}
        empty={emptyLink}
        firstField="label"
        set={(links) => update((f) => ({ ...f, links }))}
        renderItem={(link, index, change) => {
          const bind = textBinder(link, change, (name) => field(`links[${index}].${name}`));
          return (
            <div className="field-row">
              <KolInputText
                {...bind('label')}
                _label={t('editor.field.links.label')}
                _required
              />
              <KolInputText
                {...bind('url')}
                _type="url"
                _label={t('editor.field.links.url')}
                _hint={t('editor.hint.url')}
                _required
              />
            </div>
          );
        }}
      />
    </Section>
  );
}

interface ServicesProps extends SectionProps {
  topicFields: TopicField[];
}

export function ServicesSection(props: ServicesProps) {
  const { t } = useTranslation();
  const { topicFieldName, maturityName, reuseModelName } = useLabels();
  const { form, update, field, topicFields } = props;
  const choose = (label: string) => [{ label, value: '' }];
  return (
    <Section title={t('editor.sections.services')} path="services">
      <p className="field-hint">{t('editor.hint.services')}</p>
      <Rows<ServiceForm>
        {...props}
        group="services"
        items={form.services}
        max={LIMITS.services}
        empty={emptyService}
        firstField="name"
        set={(services) => update((f) => ({ ...f, services }))}
        renderItem={(service, index, change) => {
          const at = (name: string) => field(`services[${index}].${name}`);
          const bind = textBinder(service, change, at);
          return (
            <>
              <KolInputText
                {...bind('name')}
                _label={t('editor.field.services.name')}
                _required
              />
              <KolTextarea
                {...bind('summary')}
                _label={t('editor.field.services.summary')}
                _rows={4}
                _maxLength={LIMITS.summary}
              />
              <KolInputText
                {...bind('nameEn')}
                _label={t('contentLanguages.serviceNameEn')}
              />
              <KolTextarea
                {...bind('summaryEn')}
                _label={t('contentLanguages.serviceSummaryEn')}
                _rows={3}
                _maxLength={LIMITS.summary}
              />
              <div className="field-row">
                <KolSelect
                  {...bind('maturity')}
                  _label={t('editor.field.services.maturity')}
                  _required
                  _options={[...choose(t('editor.choose')), ...MATURITIES.map((m) => ({ label: maturityName(m), value: m }))]}
                />
                <KolSelect
                  {...bind('reuseModel')}
                  _label={t('editor.field.services.reuseModel')}
                  _required
                  _options={[...choose(t('editor.choose')), ...REUSE_MODELS.map((m) => ({ label: reuseModelName(m), value: m }))]}
                />
              </div>
              <KolSelect
                {...bind('topicField')}
                _label={t('editor.field.services.topicField')}
                _options={[...choose(t('editor.noTopicField')), ...topicFields.map((f) => ({ label: topicFieldName(f), value: f.code }))]}
              />
              <div className="field-row">
                <KolInputText
                  {...bind('licence')}
                  _label={t('editor.field.services.licence')}
                  _hint={t('editor.hint.licence')}
                />
                <KolInputText
                  {...bind('codeUrl')}
                  _type="url"
                  _label={t('editor.field.services.codeUrl')}
                  _hint={t('editor.hint.codeUrl')}
                />
              </div>
              <KolInputText
                {...bind('technology')}
                _label={t('editor.field.services.technology')}
              />
              <KolTextarea
                {...bind('adopters')}
                _label={t('editor.field.services.adopters')}
                _hint={t('editor.hint.adopters')}
                _rows={3}
              />
              <KolInputText
                {...bind('contactExpert')}
                _label={t('editor.field.services.contactExpert')}
                _hint={t('editor.hint.contactExpert')}
              />
              <ProfileFields
                profile={service.profile}
                field={(name) => at(`profile.${name}`)}
                change={(profile) => change({ profile: { ...service.profile, ...profile } })}
              />
            </>
          );
        }}
      />
    </Section>
  );
}

export function ExpertsSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, update, field } = props;
  return (
    <Section title={t('editor.sections.experts')} path="experts">
      <p className="field-hint">{t('editor.hint.experts')}</p>
      <Rows<ExpertForm>
        {...props}
        group="experts"
        items={form.experts}
        max={LIMITS.experts}
        empty={emptyExpert}
        firstField="name"
        set={(experts) => update((f) => ({ ...f, experts }))}
        renderItem={(expert, index, change) => {
          const bind = textBinder(expert, change, (name) => field(`experts[${index}].${name}`));
          return (
            <div className="field-row">
              <KolInputText
                {...bind('name')}
                _label={t('editor.field.experts.name')}
                _required
              />
              <KolInputText
                {...bind('role')}
                _label={t('editor.field.experts.role')}
              />
              <KolInputEmail
                {...bind('email')}
                _label={t('editor.field.experts.email')}
              />
              <KolInputText
                {...bind('phone')}
                _type="tel"
                _label={t('editor.field.experts.phone')}
              />
            </div>
          );
        }}
      />
    </Section>
  );
}
