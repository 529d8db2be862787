import { KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateExhibitorForm, StaffForm } from '../components/ExhibitorForms';
import { ExhibitorList } from '../components/ExhibitorList';
import { useAccess } from '../../../shared/auth/access';
import { AdminAreaPage } from '../../../shared/auth/AdminAreaPage';
import { hostRegions, useEventDays } from '../../../shared/fair/hooks';
import '../../../i18n/adminTexts';

export function AdminExhibitorsPage() {
  const { t } = useTranslation();
  const access = useAccess('admin');
  const eventDays = useEventDays();
  const [lastCreated, setLastCreated] = useState('');

  return (
    <AdminAreaPage access={access} title={t('admin.exhibitors.pageTitle')} className="page--admin-exhibitors">
      <section className="admin-section">
        <KolHeading _label={t('exhibitorAdmin.listHeading')} _level={2} />
        <ExhibitorList key={lastCreated} />
      </section>
      <section className="panel admin-section">
        <KolHeading _label={t('admin.exhibitors.createHeading')} _level={2} />
        <CreateExhibitorForm regions={hostRegions(eventDays.data ?? [])} onCreated={setLastCreated} />
      </section>
      <section className="panel admin-section">
        <KolHeading _label={t('admin.staff.heading')} _level={2} />
        <p>{t('admin.staff.intro')}</p>
        <StaffForm key={lastCreated} initialSlug={lastCreated} />
      </section>
    </AdminAreaPage>
  );
}
