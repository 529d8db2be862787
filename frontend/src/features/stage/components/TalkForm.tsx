import { KolAlert, KolButton, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQuery } from '@tanstack/react-query';
import '../../../shared/fair/texts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/contentLanguagesTexts';
import { ApiError, type EventDay, type TopicField } from '../../../shared/api';
import { programmeApi, type StageView, type TalkSaved } from '../api/programme';
import { useLabels } from '../../../shared/booth/labels';
import { focusField } from '../../../shared/forms/fields';
import { useFocusLater } from '../../../shared/forms/useFocusLater';
import { ErrorSummary, type SummaryEntry } from '../../../shared/forms/ErrorSummary';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage, fieldErrors, friendlyMessage } from '../../../shared/forms/problemErrors';
import { TALK_TYPES } from '../schedule';
import { EMPTY_SPEAKER, formFieldOf, validateTalkForm, type SpeakerEntry, type TalkFormState } from '../talkForm';
import { toTalkInput } from '../talkForm';
import { SubmitRow } from '../../../shared/forms/Feedback';
import { useMyBooths } from '../../../shared/booth/hooks';
import { textField } from '../../../shared/forms/textField';

/** Problems the service reports without a field path, by their type, land on the field they are about. */
const FIELD_OF_PROBLEM: Record<string, keyof TalkFormState> = {
  'unknown-stage': 'stage',
  'unknown-event-day': 'eventDayId',
  'unknown-topic-field': 'topicField',
  'talk-ends-before-start': 'end',
  'unknown-booth': 'booths',
};

interface TalkFormProps {
  initial: TalkFormState;
  talkId?: number;
  version?: number;
  eventDays: EventDay[];
  stages: StageView[];
  topicFields: TopicField[];
  onSaved: (saved: TalkSaved) => void;
  onReload?: () => void;
}

/** Creates or changes a talk: checks in the browser first, then shows the server's problems next to the fields. */
export function TalkForm({ initial, talkId, version, eventDays, stages, topicFields, onSaved, onReload }: TalkFormProps) {
  const { t } = useTranslation();
  const { talkTypeName, topicFieldName } = useLabels();
  const [form, setForm] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [boothToAdd, setBoothToAdd] = useState('');
  const [speakerToAdd, setSpeakerToAdd] = useState('');
  // The speakers' profiles to choose from (admins maintain them; a new person gets one on saving)
  const profiles = useQuery({ queryKey: ['speakers'], queryFn: ({ signal }) => programmeApi.speakers({ signal }) });
  const setFocusTarget = useFocusLater(form);
  // Admins manage every booth: the list to choose the related booths from
  const allBooths = useMyBooths(true);
  const boothName = (slug: string) => allBooths.data?.find((b) => b.slug === slug)?.name ?? slug;
  const summaryRef = useRef<HTMLDivElement>(null);
  const save = useMutation({
    mutationFn: () => {
      const input = toTalkInput(form, version);
      return talkId ? programmeApi.updateTalk(talkId, input) : programmeApi.createTalk(input);
    },
    onSuccess: onSaved,
  });

  const local = touched ? validateTalkForm(form) : {};
  const server: Partial<Record<keyof TalkFormState, string>> = {};
  let general: string | undefined;
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  if (save.error instanceof ApiError && save.error.status === 400) {
    const byPath = fieldErrors(save.error.problem.errors, '', t);
    for (const [path, messages] of Object.entries(byPath)) {
      const field = formFieldOf(path);
      if (field) server[field] = [server[field], ...messages].filter(Boolean).join(' ');
      else general = [general, ...messages].filter(Boolean).join(' ');
    }
    const problemField = FIELD_OF_PROBLEM[(save.error.problem.type ?? '').replace(/^.*:/, '')];
    if (Object.keys(byPath).length === 0) {
      if (problemField) server[problemField] = errorMessage(save.error, t);
      else general = errorMessage(save.error, t);
    }
  } else if (save.isError && !conflict) {
    general = errorMessage(save.error, t);
  }
  const message = (field: keyof TalkFormState): string | undefined => {
    const code = local[field];
    if (code) return t(`talkForm.errors.${code}`);
    return server[field] ? friendlyMessage(field, server[field]!, t) : undefined;
  };
  const fields = ['eventDayId', 'stage', 'start', 'end', 'type', 'title', 'summary', 'topicField', 'language', 'speakers', 'booths', 'recordingUrl'] as const;
  const textFields = ['titleEn', 'summaryEn', 'easySummary'] as const;
  const summary: SummaryEntry[] = [
    ...fields.map((field) => ({ path: field, label: t(`talkForm.${field}`), message: message(field) ?? '' })),
    ...textFields.map((field) => ({
      path: field,
      label: t(field === 'easySummary' ? 'contentLanguages.easySummaryField' : `contentLanguages.${field}`),
      message: message(field) ?? '',
    })),
  ].filter((entry) => entry.message);

  const [focusSummary, setFocusSummary] = useState(0);
  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);
  useEffect(() => {
    if (save.isError) setFocusSummary((n) => n + 1);
  }, [save.isError, save.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(validateTalkForm(form)).length > 0) {
      setFocusSummary((n) => n + 1);
      return;
    }
    save.mutate();
  };
  const set = (name: keyof TalkFormState) => ({
    onInput: (_event: Event, value: unknown) => setForm((current) => ({ ...current, [name]: String(value ?? '') })),
  });
  const setSpeaker = (index: number, part: keyof SpeakerEntry) => ({
    onInput: (_event: Event, value: unknown) =>
      setForm((current) => ({
        ...current,
        speakers: current.speakers.map((sp, i) => (i === index ? { ...sp, [part]: String(value ?? '') } : sp)),
      })),
  });
  const addProfile = () => {
    const profile = profiles.data?.find((p) => String(p.id) === speakerToAdd);
    if (!profile?.id) return;
    const entry: SpeakerEntry = { id: profile.id, name: profile.name, organisation: profile.organisation ?? '', role: profile.role ?? '' };
    // A wholly empty entry (the form starts with one) gives way to the chosen person
    setForm((current) => ({ ...current, speakers: [...current.speakers.filter((sp) => sp.id || sp.name.trim() || sp.organisation.trim() || sp.role.trim()), entry] }));
    setSpeakerToAdd('');
    setFocusTarget('speakers');
  };
  const addSpeaker = () => {
    setForm((current) => ({ ...current, speakers: [...current.speakers, EMPTY_SPEAKER] }));
    setFocusTarget(`speakers[${form.speakers.length}].name`);
  };
  const removeSpeaker = (index: number) => {
    setForm((current) => ({ ...current, speakers: current.speakers.filter((_, i) => i !== index) }));
    setFocusTarget(index > 0 ? `speakers[${index - 1}].name` : 'speakers');
  };
  const addBooth = () => {
    if (!boothToAdd) return;
    setForm((current) => ({ ...current, booths: [...current.booths, boothToAdd] }));
    setBoothToAdd('');
  };
  const removeBooth = (slug: string) => {
    setForm((current) => ({ ...current, booths: current.booths.filter((b) => b !== slug) }));
    setFocusTarget('booths');
  };
  const common = (name: keyof TalkFormState) => ({
    _msg: kolMsg(message(name)),
    _touched: Boolean(message(name)),
    _on: set(name),
  });

  return (
    <form className="talk-form" onSubmit={submit} noValidate aria-label={t('talkForm.label')}>
      {conflict && (
        <div className="form-notice conflict" role="alert">
          <KolAlert _type="error" _variant="card" _label={t('talkForm.conflict.title')} _level={0}>
            {t('talkForm.conflict.text')}
          </KolAlert>
          {onReload && <KolButton _label={t('talkForm.conflict.reload')} _variant="primary" _on={{ onClick: onReload }} />}
        </div>
      )}
      <ErrorSummary ref={summaryRef} entries={summary} onSelect={(path) => focusField(path)} />
      {general && <p role="alert" className="field-error">{general}</p>}
      <div className="talk-form__grid">
        <div data-field="eventDayId">
          <KolSelect
            _label={t('talkForm.eventDayId')}
            _required
            _options={[{ label: t('talkForm.choose'), value: '' }, ...eventDays.map((d) => ({ label: d.title, value: String(d.id) }))]}
            _value={form.eventDayId}
            {...common('eventDayId')}
          />
        </div>
        <div data-field="stage">
          <KolSelect
            _label={t('talkForm.stage')}
            _required
            _options={[{ label: t('talkForm.choose'), value: '' }, ...stages.map((s) => ({ label: s.name, value: s.key }))]}
            _value={form.stage}
            {...common('stage')}
          />
        </div>
        <div data-field="start">
          <KolInputText _label={t('talkForm.start')} _hint={t('talkForm.timeHint')} _required _value={form.start} {...common('start')} />
        </div>
        <div data-field="end">
          <KolInputText _label={t('talkForm.end')} _hint={t('talkForm.timeHint')} _required _value={form.end} {...common('end')} />
        </div>
        <div data-field="type">
          <KolSelect _label={t('talkForm.type')} _options={TALK_TYPES.map((v) => ({ label: talkTypeName(v), value: v }))} _value={form.type} {...common('type')} />
        </div>
        <div data-field="topicField">
          <KolSelect
            _label={t('talkForm.topicField')}
            _options={[{ label: t('talkForm.noTopic'), value: '' }, ...topicFields.map((f) => ({ label: topicFieldName(f), value: f.code }))]}
            _value={form.topicField}
            {...common('topicField')}
          />
        </div>
        <div data-field="language">
          <KolSelect
            _label={t('talkForm.language')}
            _options={[
              { label: t('talkPage.languages.de'), value: 'de' },
              { label: t('talkPage.languages.en'), value: 'en' },
            ]}
            _value={form.language}
            {...common('language')}
          />
        </div>
      </div>
      <div data-field="title">
        <KolInputText _label={t('talkForm.title')} _required _maxLength={300} _value={form.title} {...common('title')} />
      </div>
      <div data-field="summary">
        <KolTextarea _label={t('talkForm.summary')} _rows={5} _maxLength={10000} _value={form.summary} {...common('summary')} />
      </div>
      <fieldset className="talk-form__group">
        <legend>{t('contentLanguages.english')}</legend>
        <p className="field-hint">{t('contentLanguages.englishHint')}</p>
        <div data-field="titleEn">
          <KolInputText _label={t('contentLanguages.titleEn')} _maxLength={300} _value={form.titleEn} {...common('titleEn')} />
        </div>
        <div data-field="summaryEn">
          <KolTextarea _label={t('contentLanguages.summaryEn')} _rows={4} _maxLength={10000} _value={form.summaryEn} {...common('summaryEn')} />
        </div>
      </fieldset>
      <div data-field="easySummary">
        <KolTextarea
          _label={t('contentLanguages.easySummaryField')}
          _hint={t('contentLanguages.easySummaryHint')}
          _rows={4}
          _maxLength={1000}
          _value={form.easySummary}
          {...common('easySummary')}
        />
      </div>
      <fieldset className="talk-form__group" data-field="speakers" tabIndex={-1}>
        <legend>{t('talkForm.speakers')}</legend>
        {message('speakers') && <p className="field-error">{message('speakers')}</p>}
        <ol className="talk-form__speakers">
          {form.speakers.map((speaker, index) => (
            <li key={index} className="talk-form__speaker">
              {speaker.id ? (
                <p className="talk-form__chosen">
                  {t('speakerAdmin.chosen', { name: [speaker.name, speaker.organisation].filter(Boolean).join(', ') })}
                </p>
              ) : (
                <>
                  <div data-field={`speakers[${index}].name`}>
                    <KolInputText
                      _label={t('talkForm.speaker.name', { n: index + 1 })}
                      _maxLength={200}
                      _value={speaker.name}
                      _on={setSpeaker(index, 'name')}
                    />
                  </div>
                  <KolInputText
                    _label={t('talkForm.speaker.organisation', { n: index + 1 })}
                    _maxLength={200}
                    _value={speaker.organisation}
                    _on={setSpeaker(index, 'organisation')}
                  />
                  <KolInputText
                    _label={t('talkForm.speaker.role', { n: index + 1 })}
                    _maxLength={200}
                    _value={speaker.role}
                    _on={setSpeaker(index, 'role')}
                  />
                </>
              )}
              <KolButton
                _label={t('talkForm.speaker.remove', { n: index + 1 })}
                _variant="tertiary"
                _on={{ onClick: () => removeSpeaker(index) }}
              />
            </li>
          ))}
        </ol>
        <div className="talk-form__add-booth">
          <KolSelect
            _label={t('speakerAdmin.pick')}
            _options={[
              { label: t('speakerAdmin.pickNone'), value: '' },
              ...(profiles.data ?? [])
                .filter((p) => !form.speakers.some((sp) => sp.id === p.id))
                .map((p) => ({ label: [p.name, p.organisation].filter(Boolean).join(', '), value: String(p.id) })),
            ]}
            _value={speakerToAdd}
            _on={{ onChange: (_event: Event, value: unknown) => setSpeakerToAdd(String((Array.isArray(value) ? value[0] : value) ?? '')) }}
          />
          <KolButton _label={t('speakerAdmin.pickAdd')} _variant="secondary" _on={{ onClick: addProfile }} />
        </div>
        <KolButton _label={t('talkForm.speaker.add')} _variant="secondary" _on={{ onClick: addSpeaker }} />
      </fieldset>
      <fieldset className="talk-form__group" data-field="booths" tabIndex={-1}>
        <legend>{t('talkForm.booths')}</legend>
        {message('booths') && <p className="field-error">{message('booths')}</p>}
        {form.booths.length === 0 ? (
          <p className="empty-state">{t('talkForm.noBooths')}</p>
        ) : (
          <ul className="talk-form__booths">
            {form.booths.map((slug) => (
              <li key={slug}>
                <span>{boothName(slug)}</span>{' '}
                <KolButton
                  _label={t('talkForm.removeBooth', { name: boothName(slug) })}
                  _variant="tertiary"
                  _on={{ onClick: () => removeBooth(slug) }}
                />
              </li>
            ))}
          </ul>
        )}
        <div className="talk-form__add-booth">
          <KolSelect
            _label={t('talkForm.boothToAdd')}
            _options={[
              { label: t('talkForm.choose'), value: '' },
              ...(allBooths.data ?? [])
                .filter((b) => !form.booths.includes(b.slug))
                .map((b) => ({ label: b.name, value: b.slug })),
            ]}
            {...textField(boothToAdd, setBoothToAdd)}
          />
          <KolButton _label={t('talkForm.addBooth')} _variant="secondary" _disabled={!boothToAdd} _on={{ onClick: addBooth }} />
        </div>
      </fieldset>
      <div data-field="recordingUrl">
        <KolInputText _label={t('talkForm.recordingUrl')} _type="url" _value={form.recordingUrl} {...common('recordingUrl')} />
      </div>
      <SubmitRow label={save.isPending ? t('talkForm.saving') : t('talkForm.save')} busy={save.isPending} />
    </form>
  );
}
