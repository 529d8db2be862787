import { LegalPage } from '../components/LegalPage';

export function PrivacyPage() {
  return <LegalPage page="privacy" placeholder />;
}
