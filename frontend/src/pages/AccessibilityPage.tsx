import { LegalPage } from '../features/legal/LegalPage';

export function AccessibilityPage() {
  return <LegalPage page="accessibility" />;
}
