import { KolButton, KolHeading, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../../shared/auth/access';
import { AdminAreaPage } from '../../../shared/auth/AdminAreaPage';
import { BRANDING_QUERY, useBranding } from '../../../shared/fair/BrandingColours';
import { brandingApi, contrastRatio, PAGE_BACKGROUND, type Branding, type LogoKind } from '../../../shared/fair/branding';
import { ImageField, type ImageChoice } from '../../../shared/fair/ImageField';
import '../../../shared/fair/texts';
import { ActionButton, SubmitRow } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { stagePictureApi, type StagePicture } from '../api/branding';
import '../branding.css';
import '../../../i18n/adminTexts';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

interface LogoEntry {
  kind: LogoKind;
  image: ImageChoice;
  link: string;
}

interface BrandingForm {
  keyVisual: ImageChoice;
  primary: string;
  accent: string;
  logos: LogoEntry[];
}

function formOf(branding: Branding): BrandingForm {
  const logo = (kind: LogoKind) => (l: Branding['partners'][number]): LogoEntry => ({
    kind,
    image: { imageId: l.image.imageId, url: l.image.url, alt: l.image.alt },
    link: l.link ?? '',
  });
  return {
    keyVisual: { imageId: branding.keyVisual?.imageId ?? null, url: branding.keyVisual?.url ?? null, alt: branding.keyVisual?.alt ?? '' },
    primary: branding.primaryColour ?? '',
    accent: branding.accentColour ?? '',
    logos: [...branding.organisers.map(logo('ORGANISER')), ...branding.partners.map(logo('PARTNER'))],
  };
}

/** A colour field with its contrast on the page background, measured as the server does. */
function ColourField({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t, i18n } = useTranslation();
  const ratio = COLOUR.test(value) ? contrastRatio(value, PAGE_BACKGROUND) : null;
  return (
    <div className="colour-field">
      <KolInputText
        _label={label}
        _value={value}
        _maxLength={7}
        _hint={ratio ? t('branding.contrast', { ratio: (Math.floor(ratio * 100) / 100).toLocaleString(i18n.language) }) : undefined}
        _touched={Boolean(error)}
        _msg={kolMsg(error)}
        _on={{ onInput: (_event: Event, text: unknown) => onChange(String(text ?? '').trim()) }}
      />
      {ratio && <span className="colour-field__swatch" style={{ background: value }} aria-hidden="true" />}
    </div>
  );
}

function BrandingEditor({ branding }: { branding: Branding }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => formOf(branding));
  const [newLogo, setNewLogo] = useState<ImageChoice>({ imageId: null, url: null, alt: '' });
  // The version this form was loaded from; a save moves it on. The editor stays mounted across saves (its status
  // "Gespeichert" lives in the mutation), and a refetch that brings another admin's change does not overwrite the
  // form: saving then meets the server's version check.
  const [version, setVersion] = useState(branding.version);
  const save = useMutation({
    mutationFn: () =>
      brandingApi.update({
        keyVisualImageId: form.keyVisual.imageId,
        keyVisualAlt: form.keyVisual.imageId === null ? null : form.keyVisual.alt.trim(),
        primaryColour: form.primary || null,
        accentColour: form.accent || null,
        logos: form.logos.map((l) => ({ kind: l.kind, imageId: l.image.imageId!, alt: l.image.alt.trim(), link: l.link.trim() || null })),
        version,
      }),
    onSuccess: (saved) => {
      setVersion(saved.version);
      queryClient.setQueryData(BRANDING_QUERY, saved);
    },
  });
  const fieldError = (field: string) =>
    save.error && 'problem' in save.error
      ? (save.error as { problem: { errors?: { field: string; message: string }[] } }).problem.errors?.find((e) => e.field.endsWith(field))?.message
      : undefined;
  // A refusal shown at its field is not announced a second time for the whole form
  const shownAtField = ['keyVisualAlt', 'primaryColour', 'accentColour'].some((field) => fieldError(field));
  const problem = save.error && !shownAtField ? errorMessage(save.error, t) : undefined;
  const move = (index: number, by: number) =>
    setForm((f) => {
      const logos = [...f.logos];
      const [entry] = logos.splice(index, 1);
      logos.splice(index + by, 0, entry);
      return { ...f, logos };
    });
  const setLogo = (index: number, change: Partial<LogoEntry>) =>
    setForm((f) => ({ ...f, logos: f.logos.map((l, i) => (i === index ? { ...l, ...change } : l)) }));

  return (
    <form
      className="branding-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!save.isPending) save.mutate();
      }}
    >
      <section className="panel admin-section">
        <KolHeading _label={t('branding.keyVisual')} _level={2} />
        <ImageField
          label={t('branding.keyVisual')}
          altLabel={t('branding.keyVisualAlt')}
          value={form.keyVisual}
          altError={fieldError('keyVisualAlt')}
          onChange={(keyVisual) => setForm((f) => ({ ...f, keyVisual }))}
        />
      </section>
      <section className="panel admin-section">
        <KolHeading _label={t('branding.colours')} _level={2} />
        <ColourField label={t('branding.primary')} value={form.primary} error={fieldError('primaryColour')} onChange={(primary) => setForm((f) => ({ ...f, primary }))} />
        <ColourField label={t('branding.accent')} value={form.accent} error={fieldError('accentColour')} onChange={(accent) => setForm((f) => ({ ...f, accent }))} />
      </section>
      <section className="panel admin-section">
        <KolHeading _label={t('branding.logos')} _level={2} />
        <ol className="logo-list">
          {form.logos.map((logo, index) => (
            <li key={`${logo.image.imageId}-${index}`} className="logo-entry">
              {logo.image.url && <img src={logo.image.url} alt="" width={120} height={54} />}
              <KolSelect
                _label={t('branding.logoKind')}
                _options={(['ORGANISER', 'PARTNER'] as const).map((kind) => ({ label: t(`branding.${kind}`), value: kind }))}
                _value={logo.kind}
                _on={{ onChange: (_event: Event, value: unknown) => setLogo(index, { kind: (Array.isArray(value) ? value[0] : value) as LogoKind }) }}
              />
              <KolInputText
                _label={t('branding.logoAlt')}
                _value={logo.image.alt}
                _required
                _on={{ onInput: (_event: Event, text: unknown) => setLogo(index, { image: { ...logo.image, alt: String(text ?? '') } }) }}
              />
              <KolInputText
                _label={t('branding.logoLink')}
                _type="url"
                _value={logo.link}
                _on={{ onInput: (_event: Event, text: unknown) => setLogo(index, { link: String(text ?? '') }) }}
              />
              <div className="button-row">
                {index > 0 && <KolButton _label={t('branding.up', { alt: logo.image.alt })} _variant="tertiary" _on={{ onClick: () => move(index, -1) }} />}
                {index < form.logos.length - 1 && (
                  <KolButton _label={t('branding.down', { alt: logo.image.alt })} _variant="tertiary" _on={{ onClick: () => move(index, 1) }} />
                )}
                <KolButton
                  _label={t('branding.removeLogo', { alt: logo.image.alt })}
                  _variant="tertiary"
                  _on={{ onClick: () => setForm((f) => ({ ...f, logos: f.logos.filter((_, i) => i !== index) })) }}
                />
              </div>
            </li>
          ))}
        </ol>
        <ImageField label={t('branding.addLogo')} altLabel={t('branding.logoAlt')} value={newLogo} onChange={setNewLogo} />
        {newLogo.imageId !== null && (
          <KolButton
            _label={t('branding.addLogo')}
            _variant="secondary"
            _on={{
              onClick: () => {
                if (!newLogo.alt.trim()) return;
                setForm((f) => ({ ...f, logos: [...f.logos, { kind: 'PARTNER', image: newLogo, link: '' }] }));
                setNewLogo({ imageId: null, url: null, alt: '' });
              },
            }}
          />
        )}
      </section>
      <SubmitRow label={t('branding.save')} busy={save.isPending} />
      <div role="status" className="form-status">
        {save.isSuccess && <p>{t('branding.saved')}</p>}
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </form>
  );
}

/** One stage's picture, saved on its own. */
function StagePictureForm({ stage }: { stage: StagePicture }) {
  const { t } = useTranslation();
  const [picture, setPicture] = useState<ImageChoice>({
    imageId: stage.picture?.imageId ?? null,
    url: stage.picture?.url ?? null,
    alt: stage.picture?.alt ?? '',
  });
  const imageId = picture.imageId;
  const save = useMutation({ mutationFn: () => stagePictureApi.setPicture(stage.key, imageId, imageId === null ? null : picture.alt.trim()) });
  return (
    <li className="stage-picture">
      <KolHeading _label={stage.name} _level={3} />
      <ImageField
        label={stage.name}
        altLabel={t('branding.stagePictureAlt', { name: stage.name })}
        value={picture}
        onChange={setPicture}
      />
      <ActionButton
        label={t('branding.saveStagePicture', { name: stage.name })}
        variant="secondary"
        busy={save.isPending}
        onClick={() => save.mutate()}
      />
      <div role="status">{save.isSuccess && <p>{t('speakerAdmin.saved')}</p>}</div>
      {save.isError && <p role="alert" className="field-error">{errorMessage(save.error, t)}</p>}
    </li>
  );
}

/** The fair's look (admins): key visual, colours within the KoliBri theme, logos, stage pictures. */
export function BrandingPage() {
  const { t } = useTranslation();
  const access = useAccess('admin');
  const branding = useBranding();
  const stages = useQuery({ queryKey: ['admin-stage-pictures'], queryFn: ({ signal }) => stagePictureApi.stages({ signal }), enabled: access === 'granted' });
  return (
    <AdminAreaPage access={access} title={t('branding.pageTitle')} className="page--branding">
      <p className="lead">{t('branding.intro')}</p>
      <QueryStatus query={branding} />
      {branding.data && <BrandingEditor branding={branding.data} />}
      <section className="panel admin-section">
        <KolHeading _label={t('branding.stagePictures')} _level={2} />
        <QueryStatus query={stages} />
        <ul className="stage-pictures">{stages.data?.map((stage) => <StagePictureForm key={stage.key} stage={stage} />)}</ul>
      </section>
    </AdminAreaPage>
  );
}
