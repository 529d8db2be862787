import { LegalPage } from '../components/LegalPage';

export function AccessibilityPage() {
  return <LegalPage page="accessibility" />;
}
