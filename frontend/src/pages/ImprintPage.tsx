import { LegalPage } from '../features/legal/LegalPage';

export function ImprintPage() {
  return <LegalPage page="imprint" placeholder />;
}
