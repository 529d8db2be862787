import { lazy, Suspense } from 'react';

// Only this small module is named in the start page's route table: its chunk loads the page's modules itself, so
// that the start page carries one file name instead of the page's whole preload list (its size budget).
const Content = lazy(() => import('./NetworkingContent').then((m) => ({ default: m.NetworkingContent })));

/** "Vernetzen" (the route's entry). */
export function NetworkingPage() {
  return (
    <Suspense fallback={null}>
      <Content />
    </Suspense>
  );
}
