import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderRoute } from '../../../test/render';

describe('VerificationPage', () => {
  it('shows event, name as printed and validity of a certificate, to anyone', async () => {
    mockFetch((url) =>
      url.pathname === '/api/certificates/K7QM-3HXD-9TZA/verification'
        ? { body: { code: 'K7QM-3HXD-9TZA', valid: true, event: 'Digitale Services, Ausgabe 2025', printedName: 'Bea Sucher', issuedAt: '2026-12-07T10:00:00Z' } }
        : undefined,
    );
    renderRoute('/bescheinigung/K7QM-3HXD-9TZA', { auth: { status: 'anonymous' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Teilnahmebescheinigung prüfen' })).toBeTruthy();
    expect(await screen.findByText('Bea Sucher')).toBeTruthy();
    expect(screen.getByText('Digitale Services, Ausgabe 2025')).toBeTruthy();
    expect(screen.getByText('gültig')).toBeTruthy();
  });

  it('says so when there is no certificate with the code', async () => {
    mockFetch(() => undefined);
    renderRoute('/bescheinigung/ABCD-EFGH-JKLM', { auth: { status: 'anonymous' } });
    expect(await screen.findByText('Eine Bescheinigung mit dem Prüfcode ABCD-EFGH-JKLM gibt es nicht.')).toBeTruthy();
  });
});
