import { LegalPage } from '../components/LegalPage';

export function ImprintPage() {
  return <LegalPage page="imprint" placeholder />;
}
