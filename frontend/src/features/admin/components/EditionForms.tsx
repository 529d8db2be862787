import type { Iso8601 } from '@public-ui/components';
import { KolButton, KolDetails, KolHeading, KolInputCheckbox, KolInputDate, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDetail, EditionState, ExhibitorRef } from '../../../shared/api';
import { useMyExhibitors } from '../../../shared/booth/hooks';
import { Feedback, SubmitRow, busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { useFormAction } from '../../../shared/forms/useFormAction';
import { editionsAdminApi } from '../api/editions';
import {
  emptyDay,
  emptyEdition,
  placeProblem,
  toNewEdition,
  validateEdition,
  type DayFields,
  type EditionFields,
  type Errors,
} from '../editionForm';
import { useApiQuery } from '../../../shared/api/useApiQuery';

const str = (value: unknown) => String(value ?? '');

const msg = (errors: Errors, field: string) => ({
  _touched: Boolean(errors[field]?.length),
  _msg: kolMsg(errors[field]?.join(' ')),
});

/** After any change the lists of editions (header, footer, this page) are asked again. */
function useRefreshEditions() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['admin-editions'] });
    void queryClient.invalidateQueries({ queryKey: ['editions'] });
    void queryClient.invalidateQueries({ queryKey: ['fair'] });
  };
}

/** A refused save: the fields named in the problem show their errors, the rest becomes the form's failure. */
function usePlaceFailure(setErrors: (errors: Errors) => void, slug?: string) {
  const { t } = useTranslation();
  return (error: unknown) => {
    const placed = placeProblem(error, t, slug);
    setErrors(placed.errors);
    return placed.failure;
  };
}

/** Title, first and last day and archive delay: shared by the form for a new edition and the one for a change. */
function FrameFields({ fields, set, errors }: { fields: EditionFields; set: (f: Partial<EditionFields>) => void; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <>
      <KolInputText _label={t('edition.admin.fields.title')} _required _value={fields.title} {...msg(errors, 'title')}
        _on={{ onInput: (_e: Event, v: unknown) => set({ title: str(v) }) }} />
      <KolInputDate _label={t('edition.admin.fields.startsOn')} _type="date" _required _value={fields.startsOn as Iso8601}
        {...msg(errors, 'startsOn')} _on={{ onInput: (_e: Event, v: unknown) => set({ startsOn: str(v) }) }} />
      <KolInputDate _label={t('edition.admin.fields.endsOn')} _type="date" _required _value={fields.endsOn as Iso8601}
        {...msg(errors, 'endsOn')} _on={{ onInput: (_e: Event, v: unknown) => set({ endsOn: str(v) }) }} />
      <KolInputText _label={t('edition.admin.fields.archiveAfterDays')} _hint={t('edition.admin.fields.archiveAfterDaysHint')}
        _value={fields.archiveAfterDays} {...msg(errors, 'archiveAfterDays')}
        _on={{ onInput: (_e: Event, v: unknown) => set({ archiveAfterDays: str(v) }) }} />
    </>
  );
}

/** The event days of a new edition, each with its host region. */
function DayFieldsets({ days, onChange, errors }: { days: DayFields[]; onChange: (days: DayFields[]) => void; errors: Errors }) {
  const { t } = useTranslation();
  const setDay = (index: number, change: Partial<DayFields>) =>
    onChange(days.map((day, i) => (i === index ? { ...day, ...change } : day)));
  return (
    <div className="edition-days" data-field="eventDays">
      <KolHeading _label={t('edition.admin.days.heading')} _level={3} />
      {errors.eventDays && (
        <p className="field-error" role="alert">
          {errors.eventDays.join(' ')}
        </p>
      )}
      {days.map((day, i) => {
        const at = (field: string) => msg(errors, `eventDays[${i}].${field}`);
        return (
          <fieldset key={i} className="edition-day">
            <legend>{t('edition.admin.days.legend', { number: i + 1 })}</legend>
            <KolInputDate _label={t('edition.admin.days.date')} _type="date" _required _value={day.date as Iso8601} {...at('date')}
              _on={{ onInput: (_e: Event, v: unknown) => setDay(i, { date: str(v) }) }} />
            <KolInputText _label={t('edition.admin.days.hostRegion')} _hint={t('edition.admin.days.hostRegionHint')} _required
              _value={day.hostRegion} {...at('hostRegion')} _on={{ onInput: (_e: Event, v: unknown) => setDay(i, { hostRegion: str(v) }) }} />
            <KolInputText _label={t('edition.admin.days.title')} _required _value={day.title} {...at('title')}
              _on={{ onInput: (_e: Event, v: unknown) => setDay(i, { title: str(v) }) }} />
            <KolTextarea _label={t('edition.admin.days.description')} _rows={2} _value={day.description} {...at('description')}
              _on={{ onInput: (_e: Event, v: unknown) => setDay(i, { description: str(v) }) }} />
            <KolButton _label={t('edition.admin.days.remove', { number: i + 1 })} _variant="tertiary"
              _on={{ onClick: () => onChange(days.filter((_, j) => j !== i)) }} />
          </fieldset>
        );
      })}
      <KolButton _label={t('edition.admin.days.add')} _variant="secondary" _on={{ onClick: () => onChange([...days, emptyDay()]) }} />
    </div>
  );
}

/** A new edition: frame, what to copy from an earlier one, its event days. */
export function NewEditionForm({ editions }: { editions: EditionDetail[] }) {
  const { t } = useTranslation();
  const refresh = useRefreshEditions();
  const [fields, setFields] = useState<EditionFields>(() => emptyEdition(editions.find((e) => e.current)?.slug ?? ''));
  const [errors, setErrors] = useState<Errors>({});
  const action = useFormAction();
  const set = (change: Partial<EditionFields>) => setFields((current) => ({ ...current, ...change }));
  const placeFailure = usePlaceFailure(setErrors, fields.slug.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    action.clear();
    const local = validateEdition(fields, t);
    setErrors(local);
    if (Object.keys(local).length) return;
    await action.run(async () => {
      const created = await editionsAdminApi.create(toNewEdition(fields));
      setFields(emptyEdition(fields.copyFrom));
      refresh();
      return t('edition.admin.create.created', { title: created?.title ?? fields.title });
    }, placeFailure);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="admin-form edition-form">
      <KolInputText _label={t('edition.admin.fields.slug')} _hint={t('edition.admin.fields.slugHint')} _required _value={fields.slug}
        {...msg(errors, 'slug')} _on={{ onInput: (_e: Event, v: unknown) => set({ slug: str(v) }) }} />
      <FrameFields fields={fields} set={set} errors={errors} />
      <KolSelect _label={t('edition.admin.fields.copyFrom')} _value={fields.copyFrom} {...msg(errors, 'copyFrom')}
        _options={[{ label: t('edition.admin.fields.copyNothing'), value: '' }, ...editions.map((e) => ({ label: e.title, value: e.slug }))]}
        _on={{ onInput: (_e: Event, v: unknown) => set({ copyFrom: str(v) }) }} />
      <KolInputCheckbox _label={t('edition.admin.fields.current')} _checked={fields.current} _value={true} {...msg(errors, 'current')}
        _on={{ onInput: (_e: Event, v: unknown) => set({ current: v === true }) }} />
      <DayFieldsets days={fields.eventDays} onChange={(eventDays) => set({ eventDays })} errors={errors} />
      <SubmitRow label={t('edition.admin.create.submit')} busy={action.busy} />
      <Feedback message={action.message} failure={action.failure} />
    </form>
  );
}

/** Title, dates and archive delay of an existing edition. */
export function EditionFrameForm({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation();
  const refresh = useRefreshEditions();
  const [fields, setFields] = useState<EditionFields>(() => ({
    ...emptyEdition(),
    slug: edition.slug,
    title: edition.title,
    startsOn: edition.startsOn,
    endsOn: edition.endsOn,
    archiveAfterDays: edition.archiveAfterDays === null ? '' : String(edition.archiveAfterDays),
  }));
  const [errors, setErrors] = useState<Errors>({});
  const action = useFormAction();
  const set = (change: Partial<EditionFields>) => setFields((current) => ({ ...current, ...change }));
  const placeFailure = usePlaceFailure(setErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    action.clear();
    const local = validateEdition(fields, t, { withSlug: false });
    setErrors(local);
    if (Object.keys(local).length) return;
    await action.run(async () => {
      const body = toNewEdition(fields);
      const saved = await editionsAdminApi.update(edition.slug, {
        title: body.title,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        archiveAfterDays: body.archiveAfterDays ?? null,
      });
      refresh();
      return t('edition.admin.edit.saved', { title: saved?.title ?? body.title });
    }, placeFailure);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="admin-form edition-form">
      <FrameFields fields={fields} set={set} errors={errors} />
      <SubmitRow label={t('edition.admin.edit.submit')} busy={action.busy} variant="secondary" />
      <Feedback message={action.message} failure={action.failure} />
    </form>
  );
}

/** The state changes the life cycle offers from here: open a prepared edition, archive an open one, re-open an archive. */
const NEXT_STATES: Record<EditionState, { state: EditionState; key: 'open' | 'archive' | 'reopen' }[]> = {
  preparation: [{ state: 'open', key: 'open' }],
  open: [{ state: 'archive', key: 'archive' }],
  archive: [{ state: 'open', key: 'reopen' }],
};

/** Make current, open, archive. */
export function EditionActions({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation();
  const refresh = useRefreshEditions();
  const { message, failure, busy, run: runAction } = useFormAction();

  // A state change replaces its button by the next one: the focus goes to the actions' box
  const box = useRef<HTMLDivElement>(null);
  const run = (action: () => Promise<EditionDetail | undefined>, done: (result: EditionDetail) => string) =>
    runAction(async () => {
      const result = await action();
      refresh();
      box.current?.focus();
      return done(result ?? edition);
    }, (error) => placeProblem(error, t).failure || t('error.unexpected'));

  return (
    <div className="edition-actions" ref={box} tabIndex={-1}>
      <div className="button-row">
        {!edition.current && (
          <KolButton _label={t('edition.admin.actions.makeCurrent')} _variant="primary" {...busyButton(busy)}
            _on={{ onClick: whenIdle(busy, () => void run(() => editionsAdminApi.makeCurrent(edition.slug), (e) => t('edition.admin.actions.nowCurrent', { title: e.title }))) }} />
        )}
        {NEXT_STATES[edition.state].map((next) => (
          <KolButton key={next.key} _label={t(`edition.admin.actions.${next.key}`)} _variant="secondary" {...busyButton(busy)}
            _on={{
              onClick: whenIdle(busy, () =>
                void run(
                  () => editionsAdminApi.changeState(edition.slug, next.state),
                  (e) => t('edition.admin.actions.done', { title: e.title, state: t(`edition.state.${e.state}`) }),
                ),
              ),
            }} />
        ))}
      </div>
      <Feedback message={message} failure={failure} />
    </div>
  );
}

/** The exhibitors taking part in an edition: they may create or carry over booths there. */
export function EditionExhibitors({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['edition-exhibitors', edition.slug];
  const taking = useApiQuery(key, (o) => editionsAdminApi.exhibitors(edition.slug, o));
  const all = useMyExhibitors(true);
  const [choice, setChoice] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const box = useRef<HTMLDivElement>(null);
  const { message, failure, busy, run } = useFormAction();
  const takingPart = new Set((taking.data ?? []).map((x) => x.slug));
  const candidates = (all.data ?? []).filter((x) => !takingPart.has(x.slug));

  const change = (action: () => Promise<ExhibitorRef[] | undefined>, done: string) => {
    setErrors({});
    return run(async () => {
      await action();
      setChoice('');
      await queryClient.invalidateQueries({ queryKey: key });
      return done;
    }, (error) => {
      const placed = placeProblem(error, t);
      setErrors(placed.failure ? { exhibitor: [placed.failure] } : placed.errors);
      return '';
    });
  };

  const invite = (event: FormEvent) => {
    event.preventDefault();
    const chosen = all.data?.find((x) => x.slug === choice);
    if (!chosen) {
      setErrors({ exhibitor: [t('edition.form.required')] });
      return;
    }
    void change(() => editionsAdminApi.invite(edition.slug, chosen.slug), t('edition.admin.exhibitors.invited', { name: chosen.name }));
  };

  return (
    <div className="edition-exhibitors" ref={box} tabIndex={-1}>
      <KolHeading _label={t('edition.admin.exhibitors.heading')} _level={4} />
      {taking.data && taking.data.length === 0 && <p>{t('edition.admin.exhibitors.empty')}</p>}
      {taking.data && taking.data.length > 0 && <p>{t('edition.admin.exhibitors.count', { count: taking.data.length })}</p>}
      <form onSubmit={invite} noValidate className="admin-form edition-exhibitors__invite">
        <KolSelect _label={t('edition.admin.exhibitors.choose')} _value={choice} {...msg(errors, 'exhibitor')}
          _options={[
            { label: t('edition.admin.exhibitors.chooseEmpty'), value: '' },
            ...candidates.map((x) => ({ label: `${x.name} (${x.slug})`, value: x.slug })),
          ]}
          _on={{ onInput: (_e: Event, v: unknown) => setChoice(str(v)) }} />
        <SubmitRow label={t('edition.admin.exhibitors.invite')} busy={busy} variant="secondary" />
      </form>
      {taking.data && taking.data.length > 0 && (
        <KolDetails _label={t('edition.admin.exhibitors.list', { count: taking.data.length })}>
          <ul className="edition-exhibitors__list">
            {taking.data.map((exhibitor) => (
              <li key={exhibitor.slug}>
                <span lang="de">{exhibitor.name}</span>{' '}
                <KolButton _label={t('edition.admin.exhibitors.remove', { name: exhibitor.name })}
                  _variant="tertiary" {...busyButton(busy)}
                  _on={{
                    onClick: whenIdle(busy, () =>
                      void change(
                        () => editionsAdminApi.remove(edition.slug, exhibitor.slug),
                        t('edition.admin.exhibitors.removed', { name: exhibitor.name }),
                        // The row goes away with its button: the focus goes to the list's box
                      ).then(() => box.current?.focus()),
                    ),
                  }} />
              </li>
            ))}
          </ul>
        </KolDetails>
      )}
      <Feedback message={message} failure={failure} />
    </div>
  );
}
