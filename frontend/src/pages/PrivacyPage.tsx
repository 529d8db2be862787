import { LegalPage } from '../features/legal/LegalPage';

export function PrivacyPage() {
  return <LegalPage page="privacy" placeholder />;
}
