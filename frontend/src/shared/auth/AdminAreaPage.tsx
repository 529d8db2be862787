import { useTranslation } from 'react-i18next';
import { BackLink } from '../ui/AppLink';
import { ProtectedPage, type ProtectedPageProps } from './access';
import '../../i18n/adminTexts';

/** A page of the administration below its overview: {@link ProtectedPage} with the link back to the overview on top. */
export function AdminAreaPage({ children, ...page }: ProtectedPageProps) {
  const { t } = useTranslation();
  return (
    <ProtectedPage {...page}>
      <BackLink to="/verwaltung" label={t('admin.backToAdmin')} />
      {children}
    </ProtectedPage>
  );
}
