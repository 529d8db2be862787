import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderRoute } from '../../../test/render';
import { statementDe } from './fixtures.test-data';

describe('StatementPage', () => {
  it('renders the statement from the API with its feedback and enforcement parts', async () => {
    mockFetch((url) => (url.pathname === '/api/accessibility/statement' ? { body: statementDe } : undefined));
    const { container } = renderRoute('/barrierefreiheit');

    expect(await screen.findByText('Diese Website ist mit WCAG 2.2 AA teilweise vereinbar.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeTruthy();
    expect(screen.getByText('Alte Aufzeichnungen')).toBeTruthy();
    expect(screen.getByText('Grund: Keine Untertitel')).toBeTruthy();
    expect(screen.getByText(/Wir antworten innerhalb von 42 Tagen/)).toBeTruthy();
    expect(screen.getByText(/Diese Erklärung wurde am 10\. Januar 2026 erstellt\. Grundlage ist eine Selbstbewertung\./)).toBeTruthy();
    expect(container.querySelector('kol-link-button[_href="/barriere-melden"]')).not.toBeNull();
    expect(container.querySelector('kol-link[_href="https://www.example.org/ombudsstelle"]')).not.toBeNull();
    expect(container.querySelector('kol-link[_href="/leichte-sprache/erklaerung"]')).not.toBeNull();
    expect(document.title).toBe('Erklärung zur Barrierefreiheit – Kommunalmesse');
  });

  it('says so when no statement is published yet and still offers the form', async () => {
    mockFetch(() => undefined);
    const { container } = renderRoute('/barrierefreiheit');
    expect(await screen.findByText(/ist noch nicht veröffentlicht/)).toBeTruthy();
    expect(container.querySelector('kol-link[_href="/barriere-melden"]')).not.toBeNull();
  });
});
