import { KolInputText, KolSelect } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, type Edition, type ExhibitorRef } from '../../../shared/api';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '../../../shared/forms/slug';
import { managePath } from '../../../shared/booth/BoothManageNav';
import { useEdition, useEditionHref } from '../../../shared/edition/EditionContext';
import { editorApi } from '../api/editor';
import { SubmitRow } from '../../../shared/forms/Feedback';
import { textField } from '../../../shared/forms/textField';

interface NewBoothFormProps {
  /** The exhibitors the user may create booths for (GET /api/my/exhibitors; admins: all). */
  exhibitors: ExhibitorRef[];
  /**
   * The editions a booth may be created in (open or in preparation); with more than one the form asks which,
   * starting with the page's edition.
   */
  editions?: Edition[];
}

/** Creates a booth as a draft (hidden until approved) and opens its editor. */
export function NewBoothForm({ exhibitors, editions = [] }: NewBoothFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { edition: pageEdition } = useEdition();
  const editionHref = useEditionHref();
  const queryClient = useQueryClient();
  const [exhibitor, setExhibitor] = useState(exhibitors[0]?.slug ?? '');
  // Until the user picks one: the page's edition, else the current one (the list may arrive after the form)
  const [picked, setPicked] = useState<string>();
  const edition =
    picked ?? editions.find((e) => e.slug === pageEdition?.slug)?.slug ?? editions.find((e) => e.current)?.slug ?? editions[0]?.slug ?? '';
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const effectiveSlug = slugTouched ? slug : slugify(name);
  const errors = {
    exhibitor: !exhibitor.trim() ? t('newBooth.exhibitorRequired') : undefined,
    name: !name.trim() ? t('newBooth.nameRequired') : serverErrors.name?.join(' '),
    slug: !SLUG_PATTERN.test(effectiveSlug) ? t('form.invalidSlug') : serverErrors.slug?.join(' '),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setFailure('');
    if (errors.exhibitor || !name.trim() || !SLUG_PATTERN.test(effectiveSlug)) return;
    setBusy(true);
    try {
      await editorApi.createBooth(exhibitor.trim(), effectiveSlug, name.trim(), edition || undefined);
      await queryClient.invalidateQueries({ queryKey: ['my-booths'] });
      navigate(editionHref(managePath(effectiveSlug, 'edit'), edition || pageEdition?.slug));
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        setServerErrors(fieldErrors(error.problem.errors, '', (key) => t(key)));
      } else if (error instanceof ApiError && error.status === 409) {
        setServerErrors({ slug: [errorMessage(error, t)] });
      } else {
        setFailure(errorMessage(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  const show = (message: string | undefined) => kolMsg(touched ? message : undefined);

  return (
    <form className="new-booth-form" onSubmit={(event) => void submit(event)} noValidate>
      {editions.length > 1 && (
        <KolSelect
          _label={t('edition.newBooth.edition')}
          _options={editions.map((e) => ({ label: e.current ? t('edition.switch.current', { title: e.title }) : e.title, value: e.slug }))}
          _required
          {...textField(edition, setPicked)}
        />
      )}
      <KolSelect
        _label={t('newBooth.exhibitor')}
        _options={exhibitors.map((e) => ({ label: e.name, value: e.slug }))}
        _required
        _msg={show(errors.exhibitor)}
        {...textField(exhibitor, setExhibitor, { touched })}
      />
      <KolInputText
        _label={t('newBooth.name')}
        _required
        _maxLength={160}
        _value={name}
        _touched={touched}
        _msg={show(errors.name)}
        _on={{
          onInput: (_event: Event, value: unknown) => {
            setName(String(value ?? ''));
            setServerErrors((e) => ({ ...e, name: [] }));
          },
        }}
      />
      <KolInputText
        _label={t('newBooth.slug')}
        _hint={t('newBooth.slugHint', { max: MAX_SLUG_LENGTH })}
        _required
        _maxLength={MAX_SLUG_LENGTH}
        _value={effectiveSlug}
        _touched={touched}
        _msg={show(errors.slug)}
        _on={{
          onInput: (_event: Event, value: unknown) => {
            setSlugTouched(true);
            setSlug(String(value ?? ''));
            setServerErrors((e) => ({ ...e, slug: [] }));
          },
        }}
      />
      <SubmitRow label={busy ? t('newBooth.creating') : t('newBooth.create')} busy={busy} />
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </form>
  );
}
