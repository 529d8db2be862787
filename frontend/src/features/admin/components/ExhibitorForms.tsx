import { KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Exhibitor, type ExhibitorType, type HostRegion } from '../../../shared/api';
import { ORGANISATION_TYPES, useLabels } from '../../../shared/booth/labels';
import { splitList } from '../../../shared/forms/fields';
import { useMyExhibitors } from '../../../shared/booth/hooks';
import { Feedback, SubmitRow } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { useFormAction } from '../../../shared/forms/useFormAction';
import { SLUG_PATTERN, slugify } from '../../../shared/forms/slug';
import { adminApi } from '../api/admin';
import '../../../i18n/editorTexts';
import '../../../i18n/adminTexts';
import { textField } from '../../../shared/forms/textField';

/** Usernames or e-mail addresses typed one per line or separated by commas, spaces or semicolons. */
export function parseUsernames(text: string): string[] {
  return splitList(text.replace(/\s+/g, '\n'));
}

type Errors = Record<string, string[]>;

/** A form's action ({@link useFormAction}) with errors at its fields. */
function useFormFeedback() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Errors>({});
  const action = useFormAction();
  /** A refusal: invalid fields at the fields, a taken slug at the slug, anything else as the failure. */
  const handle = (error: unknown) => {
    if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
      setErrors(fieldErrors(error.problem.errors, '', (key) => t(key)));
      return '';
    }
    if (error instanceof ApiError && error.status === 409) {
      setErrors({ slug: [errorMessage(error, t)] });
      return '';
    }
    return errorMessage(error, t);
  };
  const reset = () => {
    setErrors({});
    action.clear();
  };
  return { ...action, errors, setErrors, handle, reset };
}

const msg = (errors: Errors, field: string) => ({
  _touched: Boolean(errors[field]?.length),
  _msg: kolMsg(errors[field]?.join(' ')),
});

/** Creates an exhibitor (organisation) with its staff. */
export function CreateExhibitorForm({ regions, onCreated }: { regions: HostRegion[]; onCreated: (slug: string) => void }) {
  const { t } = useTranslation();
  const { exhibitorTypeName } = useLabels();
  const queryClient = useQueryClient();
  const feedback = useFormFeedback();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState<string | null>(null);
  const [type, setType] = useState<ExhibitorType>('kommune');
  const [region, setRegion] = useState('');
  const [website, setWebsite] = useState('');
  const [staff, setStaff] = useState('');
  const effectiveSlug = slug ?? slugify(name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.reset();
    const local: Errors = {};
    if (!name.trim()) local.name = [t('admin.exhibitors.nameRequired')];
    if (!SLUG_PATTERN.test(effectiveSlug)) local.slug = [t('form.invalidSlug')];
    if (website.trim() && !/^https?:\/\/\S+$/.test(website.trim())) local.website = [t('form.invalidUrl')];
    if (Object.keys(local).length) {
      feedback.setErrors(local);
      return;
    }
    await feedback.run(async () => {
      await adminApi.createExhibitor({
        slug: effectiveSlug,
        name: name.trim(),
        type,
        region: region || undefined,
        website: website.trim() || undefined,
        staff: parseUsernames(staff),
      });
      await queryClient.invalidateQueries({ queryKey: ['my-exhibitors'] });
      onCreated(effectiveSlug);
      setName('');
      setSlug(null);
      setWebsite('');
      setStaff('');
      setRegion('');
      return t('admin.exhibitors.created', { name: name.trim() });
    }, feedback.handle);
  };

  const e = feedback.errors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="admin-form">
      <KolInputText _label={t('admin.exhibitors.name')} _required {...textField(name, setName)} {...msg(e, 'name')} />
      <KolInputText _label={t('admin.exhibitors.slug')} _hint={t('admin.exhibitors.slugHint')} _required
        _value={effectiveSlug} {...msg(e, 'slug')} _on={{ onInput: (_e: Event, v: unknown) => setSlug(String(v ?? '')) }} />
      <KolSelect _label={t('admin.exhibitors.type')} _required
        _options={ORGANISATION_TYPES.map((o) => ({ label: exhibitorTypeName(o), value: o }))}
        _value={type} {...msg(e, 'type')} _on={{ onInput: (_e: Event, v: unknown) => setType(String(v) as ExhibitorType) }} />
      <KolSelect _label={t('admin.exhibitors.region')}
        _options={[{ label: t('hall.filter.otherRegions'), value: '' }, ...regions.map((r) => ({ label: r.name, value: r.code }))]}
        {...textField(region, setRegion)} {...msg(e, 'region')} />
      <KolInputText _label={t('admin.exhibitors.website')} _type="url" _hint={t('editor.hint.url')} {...textField(website, setWebsite)}
        {...msg(e, 'website')} />
      <KolTextarea _label={t('admin.exhibitors.staff')} _hint={t('admin.exhibitors.staffHint')} _rows={3} {...textField(staff, setStaff)}
        {...msg(e, 'staff')} />
      <SubmitRow label={t('admin.exhibitors.create')} busy={feedback.busy} />
      <Feedback message={feedback.message} failure={feedback.failure} />
    </form>
  );
}

/** Loads an exhibitor chosen from the list and replaces its staff (Keycloak usernames or e-mail addresses). */
export function StaffForm({ initialSlug = '' }: { initialSlug?: string }) {
  const { t } = useTranslation();
  const exhibitors = useMyExhibitors(true);
  const feedback = useFormFeedback();
  const [slug, setSlug] = useState(initialSlug);
  const [exhibitor, setExhibitor] = useState<Exhibitor | null>(null);
  const [staff, setStaff] = useState('');
  const busy = feedback.busy;

  const load = async (event: FormEvent) => {
    event.preventDefault();
    feedback.reset();
    setExhibitor(null);
    if (!slug.trim()) {
      feedback.setErrors({ exhibitor: [t('admin.staff.slugRequired')] });
      return;
    }
    await feedback.run(async () => {
      const loaded = await adminApi.exhibitor(slug.trim());
      setExhibitor(loaded);
      setStaff(loaded.staff.join('\n'));
      return '';
    }, (error) => {
      if (!(error instanceof ApiError && error.isNotFound)) return feedback.handle(error);
      feedback.setErrors({ exhibitor: [t('admin.staff.notFound')] });
      return '';
    });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!exhibitor) return;
    feedback.reset();
    await feedback.run(async () => {
      const usernames = parseUsernames(staff);
      await adminApi.setStaff(exhibitor.slug, usernames);
      setStaff(usernames.join('\n'));
      return t('admin.staff.saved', { name: exhibitor.name, count: usernames.length });
    }, feedback.handle);
  };

  const e = feedback.errors;
  const staffErrors = Object.entries(e).filter(([key]) => key.startsWith('staff')).flatMap(([, m]) => m);
  return (
    <>
      <form onSubmit={(event) => void load(event)} noValidate className="admin-form">
        <KolSelect _label={t('admin.staff.exhibitor')} _required {...textField(slug, setSlug)}
          _options={[
            { label: t('boothManagement.staff.choose'), value: '' },
            ...(exhibitors.data ?? []).map((x) => ({ label: `${x.name} (${x.slug})`, value: x.slug })),
          ]}
          {...msg(e, 'exhibitor')} />
        <SubmitRow label={t('admin.staff.load')} busy={busy} variant="secondary" />
      </form>
      {exhibitor && (
        <form onSubmit={(event) => void save(event)} noValidate className="admin-form">
          <p>
            <strong lang="de">{exhibitor.name}</strong> ({exhibitor.slug})
          </p>
          <KolTextarea _label={t('admin.staff.usernames', { name: exhibitor.name })} _hint={t('admin.exhibitors.staffHint')}
            _rows={4} {...textField(staff, setStaff)} _touched={staffErrors.length > 0} _msg={kolMsg(staffErrors.join(' '))} />
          <SubmitRow label={t('admin.staff.save')} busy={busy} />
        </form>
      )}
      <Feedback message={feedback.message} failure={feedback.failure} />
    </>
  );
}
