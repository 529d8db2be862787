import type { Iso8601 } from '@public-ui/components';
import { KolButton, KolHeading, KolInputDate, KolInputEmail, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { Feedback, SubmitButton } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import {
  accessibilityApi,
  type AssessmentMethod,
  type Compliance,
  type StatementAdmin,
  type StatementTexts,
  type StatementUpdate,
} from '../api';
import '../../../i18n/accessibilityTexts';

const EMPTY_TEXTS: StatementTexts = {
  bodyName: '',
  scope: '',
  nonAccessible: [],
  contactName: '',
  enforcementName: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen',
  enforcementText: '',
};

function emptyStatement(today: string): StatementUpdate {
  return {
    compliance: 'teilweise',
    standard: 'WCAG 2.2 AA (EN 301 549) nach BITVNRW',
    preparedOn: today,
    method: 'selbstbewertung',
    lastReviewedOn: today,
    contactEmail: '',
    contactPhone: '',
    enforcementEmail: 'ombudsstelle-barrierefreie-it@mags.nrw.de',
    enforcementUrl: 'https://www.lbbp.nrw.de/ombudsstelle',
    de: EMPTY_TEXTS,
    en: EMPTY_TEXTS,
  };
}

function toUpdate(s: StatementAdmin): StatementUpdate {
  const { review: _review, updatedAt: _at, updatedBy: _by, ...rest } = s;
  return rest;
}

const TEXT_FIELDS = ['bodyName', 'contactName', 'enforcementName'] as const;
const LONG_FIELDS = ['scope', 'enforcementText'] as const;

/** The whole statement in one form: the shared facts, then German and English texts side by side in order. */
export function StatementEditor({ statement, today }: { statement?: StatementAdmin; today: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<StatementUpdate>(() => (statement ? toUpdate(statement) : emptyStatement(today)));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: () => accessibilityApi.saveStatement({ ...form, contactPhone: form.contactPhone || null }),
    onSuccess: (saved) => {
      setForm(toUpdate(saved));
      setErrors({});
      setStatus(t('a11y.editor.saved'));
      void queryClient.invalidateQueries({ queryKey: ['accessibility'] });
    },
    onError: (error) => {
      setStatus('');
      if (error instanceof ApiError && error.status === 400) setErrors(fieldErrors(error.problem.errors));
    },
  });
  const err = (path: string) => kolMsg(errors[path]?.join(' '));
  const set = <K extends keyof StatementUpdate>(key: K, value: StatementUpdate[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setText = (lang: 'de' | 'en', patch: Partial<StatementTexts>) =>
    setForm((f) => ({ ...f, [lang]: { ...f[lang], ...patch } }));
  const str = (value: unknown) => String(value ?? '');

  const languageBlock = (lang: 'de' | 'en') => {
    const texts = form[lang];
    return (
      <fieldset className="statement-language" lang={lang}>
        <legend>{t(lang === 'de' ? 'a11y.editor.german' : 'a11y.editor.english')}</legend>
        {TEXT_FIELDS.map((field) => (
          <KolInputText
            key={field}
            _label={t(`a11y.editor.${field}`)}
            _required
            _value={texts[field]}
            _msg={err(`${lang}.${field}`)}
            _touched={Boolean(errors[`${lang}.${field}`])}
            _on={{ onInput: (_e: Event, v: unknown) => setText(lang, { [field]: str(v) }) }}
          />
        ))}
        {LONG_FIELDS.map((field) => (
          <KolTextarea
            key={field}
            _label={t(`a11y.editor.${field}`)}
            _required
            _rows={4}
            _value={texts[field]}
            _msg={err(`${lang}.${field}`)}
            _touched={Boolean(errors[`${lang}.${field}`])}
            _on={{ onInput: (_e: Event, v: unknown) => setText(lang, { [field]: str(v) }) }}
          />
        ))}
        <KolHeading _label={t('a11y.editor.parts')} _level={4} />
        {texts.nonAccessible.map((part, index) => {
          const update = (patch: Partial<typeof part>) =>
            setText(lang, { nonAccessible: texts.nonAccessible.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
          return (
            <fieldset key={index} className="statement-part">
              <legend>{t('a11y.editor.partHeading', { n: index + 1 })}</legend>
              <KolInputText _label={t('a11y.editor.part')} _required _value={part.part}
                _on={{ onInput: (_e: Event, v: unknown) => update({ part: str(v) }) }} />
              <KolTextarea _label={t('a11y.editor.reason')} _required _rows={2} _value={part.reason}
                _on={{ onInput: (_e: Event, v: unknown) => update({ reason: str(v) }) }} />
              <KolTextarea _label={t('a11y.editor.alternative')} _rows={2} _value={part.alternative ?? ''}
                _on={{ onInput: (_e: Event, v: unknown) => update({ alternative: str(v) }) }} />
              <KolButton
                _label={t('a11y.editor.removePart', { n: index + 1 })}
                _variant="tertiary"
                _on={{ onClick: () => setText(lang, { nonAccessible: texts.nonAccessible.filter((_, i) => i !== index) }) }}
              />
            </fieldset>
          );
        })}
        <KolButton
          _label={t('a11y.editor.addPart')}
          _variant="secondary"
          _on={{ onClick: () => setText(lang, { nonAccessible: [...texts.nonAccessible, { part: '', reason: '', alternative: '' }] }) }}
        />
      </fieldset>
    );
  };

  return (
    <form
      className="statement-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <fieldset>
        <legend>{t('a11y.editor.common')}</legend>
        <KolSelect
          _label={t('a11y.editor.compliance')}
          _options={(['vollstaendig', 'teilweise', 'nicht'] as Compliance[]).map((c) => ({ label: t(`a11y.compliance.${c}`), value: c }))}
          _value={form.compliance}
          _on={{ onInput: (_e: Event, v: unknown) => set('compliance', str(v) as Compliance) }}
        />
        <KolInputText _label={t('a11y.editor.standard')} _required _value={form.standard} _msg={err('standard')}
          _touched={Boolean(errors.standard)} _on={{ onInput: (_e: Event, v: unknown) => set('standard', str(v)) }} />
        <KolInputDate _label={t('a11y.editor.preparedOn')} _type="date" _required _value={form.preparedOn as Iso8601}
          _on={{ onInput: (_e: Event, v: unknown) => set('preparedOn', str(v)) }} />
        <KolSelect
          _label={t('a11y.editor.method')}
          _options={(['selbstbewertung', 'fremdpruefung'] as AssessmentMethod[]).map((m) => ({ label: t(`a11y.method.${m}`), value: m }))}
          _value={form.method}
          _on={{ onInput: (_e: Event, v: unknown) => set('method', str(v) as AssessmentMethod) }}
        />
        <KolInputDate _label={t('a11y.editor.lastReviewedOn')} _type="date" _required _value={form.lastReviewedOn as Iso8601}
          _on={{ onInput: (_e: Event, v: unknown) => set('lastReviewedOn', str(v)) }} />
        <KolButton _label={t('a11y.editor.markReviewed')} _variant="tertiary" _on={{ onClick: () => set('lastReviewedOn', today) }} />
        <KolInputEmail _label={t('a11y.editor.contactEmail')} _required _value={form.contactEmail} _msg={err('contactEmail')}
          _touched={Boolean(errors.contactEmail)} _on={{ onInput: (_e: Event, v: unknown) => set('contactEmail', str(v)) }} />
        <KolInputText _label={t('a11y.editor.contactPhone')} _value={form.contactPhone ?? ''} _msg={err('contactPhone')}
          _touched={Boolean(errors.contactPhone)} _on={{ onInput: (_e: Event, v: unknown) => set('contactPhone', str(v)) }} />
        <KolInputEmail _label={t('a11y.editor.enforcementEmail')} _required _value={form.enforcementEmail} _msg={err('enforcementEmail')}
          _touched={Boolean(errors.enforcementEmail)} _on={{ onInput: (_e: Event, v: unknown) => set('enforcementEmail', str(v)) }} />
        <KolInputText _label={t('a11y.editor.enforcementUrl')} _required _value={form.enforcementUrl} _msg={err('enforcementUrl')}
          _touched={Boolean(errors.enforcementUrl)} _on={{ onInput: (_e: Event, v: unknown) => set('enforcementUrl', str(v)) }} />
      </fieldset>
      {languageBlock('de')}
      {languageBlock('en')}
      <div className="button-row">
        <SubmitButton label={t('a11y.editor.save')} busy={save.isPending} />
      </div>
      <Feedback message={status} failure={save.isError ? errorMessage(save.error, t) : ''} />
    </form>
  );
}
