import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Notice } from './Notice';

describe('Notice', () => {
  it('is a card under its title when it has one, else a message box without an empty title bar', () => {
    const { container } = render(
      <>
        <Notice type="info" label="Archivmodus">
          Bearbeitung geschlossen.
        </Notice>
        <Notice type="info">Kontaktanfragen sind geschlossen.</Notice>
      </>,
    );
    const [titled, plain] = [...container.querySelectorAll('kol-alert')] as (Element & { _variant?: string; _label?: string })[];
    expect(titled._variant).toBe('card');
    expect(titled._label).toBe('Archivmodus');
    expect(plain._variant).toBe('msg');
    expect(plain._label).toBeUndefined();
  });
});
