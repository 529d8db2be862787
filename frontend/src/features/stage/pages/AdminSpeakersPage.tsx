import { KolButton, KolHeading, KolInputText, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../../shared/auth/access';
import { AdminAreaPage } from '../../../shared/auth/AdminAreaPage';
import { ImageField, type ImageChoice } from '../../../shared/fair/ImageField';
import '../../../shared/fair/texts';
import { busyButton, whenIdle } from '../../../shared/forms/busy';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { programmeApi, type SpeakerProfile } from '../api/programme';
import '../../../i18n/adminTexts';

interface SpeakerForm {
  name: string;
  organisation: string;
  role: string;
  bio: string;
  bioEn: string;
  photo: ImageChoice;
}

const EMPTY: SpeakerForm = { name: '', organisation: '', role: '', bio: '', bioEn: '', photo: { imageId: null, url: null, alt: '' } };

function formOf(profile: SpeakerProfile): SpeakerForm {
  return {
    name: profile.name,
    organisation: profile.organisation ?? '',
    role: profile.role ?? '',
    bio: profile.bio ?? '',
    bioEn: profile.bioEn ?? '',
    photo: { imageId: profile.photo?.imageId ?? null, url: profile.photo?.url ?? null, alt: profile.photo?.alt ?? '' },
  };
}

/** Creates a profile (no profile given) or changes one: name, organisation, role, bios, photo with alternative text. */
function SpeakerEditor({ profile, onSaved }: { profile?: SpeakerProfile; onSaved: (saved: SpeakerProfile) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<SpeakerForm>(() => (profile ? formOf(profile) : EMPTY));
  const save = useMutation({
    mutationFn: () => {
      const input = {
        name: form.name.trim(),
        organisation: form.organisation.trim() || null,
        role: form.role.trim() || null,
        bio: form.bio.trim() || null,
        bioEn: form.bioEn.trim() || null,
        photoImageId: form.photo.imageId,
        photoAlt: form.photo.imageId === null ? null : form.photo.alt.trim(),
        version: profile?.version,
      };
      return profile ? programmeApi.updateSpeaker(profile.id, input) : programmeApi.createSpeaker(input);
    },
    onSuccess: (saved) => {
      onSaved(saved);
      if (!profile) setForm(EMPTY);
    },
  });
  const text = (field: 'name' | 'organisation' | 'role') => ({
    _value: form[field],
    _maxLength: field === 'name' ? 160 : 200,
    _on: { onInput: (_event: Event, value: unknown) => setForm((f) => ({ ...f, [field]: String(value ?? '') })) },
  });
  const area = (field: 'bio' | 'bioEn') => ({
    _value: form[field],
    _maxLength: 2000,
    _rows: 4,
    _on: { onInput: (_event: Event, value: unknown) => setForm((f) => ({ ...f, [field]: String(value ?? '') })) },
  });
  const nameMissing = save.isError && !form.name.trim() ? t('talkForm.errors.speakerName') : undefined;
  return (
    <form
      className="speaker-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!save.isPending) save.mutate();
      }}
    >
      <KolInputText _label={t('speakerAdmin.name')} _required _touched={Boolean(nameMissing)} _msg={kolMsg(nameMissing)} {...text('name')} />
      <KolInputText _label={t('speakerAdmin.organisation')} {...text('organisation')} />
      <KolInputText _label={t('speakerAdmin.role')} {...text('role')} />
      <KolTextarea _label={t('speakerAdmin.bio')} {...area('bio')} />
      <KolTextarea _label={t('speakerAdmin.bioEn')} {...area('bioEn')} lang="en" />
      <ImageField
        label={t('speakerAdmin.photo')}
        altLabel={t('speakerAdmin.photoAlt')}
        value={form.photo}
        touched={save.isError}
        onChange={(photo) => setForm((f) => ({ ...f, photo }))}
      />
      <KolButton _label={t('speakerAdmin.save')} _type="submit" _variant="primary" {...busyButton(save.isPending)} _on={{ onClick: whenIdle(save.isPending, () => save.mutate()) }} />
      <div role="status">{save.isSuccess && <p>{t('speakerAdmin.saved')}</p>}</div>
      {save.isError && (
        <p role="alert" className="field-error">
          {errorMessage(save.error, t)}
        </p>
      )}
    </form>
  );
}

/** One speaker in the list: opens the profile for editing. */
function SpeakerItem({ id, label }: { id: number; label: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const profile = useQuery({ queryKey: ['speaker', id], queryFn: ({ signal }) => programmeApi.speaker(id, { signal }), enabled: open });
  return (
    <li className="speaker-admin__item">
      <p>
        <AppLink to={`/referierende/${id}`} label={label} />{' '}
        <KolButton _label={`${t('speakerAdmin.edit')}: ${label}`} _variant="tertiary" _ariaExpanded={open} _on={{ onClick: () => setOpen(!open) }} />
      </p>
      {open && profile.data && (
        <SpeakerEditor
          key={profile.data.version}
          profile={profile.data}
          onSaved={(saved) => {
            queryClient.setQueryData(['speaker', id], saved);
            void queryClient.invalidateQueries({ queryKey: ['speakers'] });
          }}
        />
      )}
    </li>
  );
}

/** Speaker profiles (admins): add people, write their bios, upload photos; talks pick them in the talk editor. */
export function AdminSpeakersPage() {
  const { t } = useTranslation();
  const access = useAccess('admin');
  const queryClient = useQueryClient();
  const speakers = useQuery({ queryKey: ['speakers'], queryFn: ({ signal }) => programmeApi.speakers({ signal }), enabled: access === 'granted' });
  return (
    <AdminAreaPage access={access} title={t('speakerAdmin.heading')} className="page--speaker-admin">
      <section className="panel admin-section">
        <KolHeading _label={t('speakerAdmin.new')} _level={2} />
        <SpeakerEditor onSaved={() => void queryClient.invalidateQueries({ queryKey: ['speakers'] })} />
      </section>
      <section className="admin-section">
        <KolHeading _label={t('speakers.pageTitle')} _level={2} />
        <QueryStatus query={speakers} />
        <ul className="speaker-admin__list">
          {speakers.data?.map((s) => s.id && <SpeakerItem key={s.id} id={s.id} label={[s.name, s.organisation].filter(Boolean).join(', ')} />)}
        </ul>
      </section>
    </AdminAreaPage>
  );
}
