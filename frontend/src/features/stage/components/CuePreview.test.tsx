import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CueErrors, CuePreview } from './CuePreview';
import { Transcript } from './Recording';

describe('CuePreview (captions before they are saved)', () => {
  it('shows each cue with its times and its text as a table with a caption', () => {
    render(
      <CuePreview
        cues={[
          { start: '00:00:00.500', end: '00:00:04.000', startMillis: 500, endMillis: 4000, text: 'Willkommen.' },
          { start: '00:00:04.000', end: '00:00:07.500', startMillis: 4000, endMillis: 7500, text: 'Wir zeigen das Bürgerkonto.' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: '2 Untertitel' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Von', 'Bis', 'Text']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['00:00:00.500', '00:00:04.000', 'Willkommen.'],
      ['00:00:04.000', '00:00:07.500', 'Wir zeigen das Bürgerkonto.'],
    ]);
  });

  it('lists what the server found wrong with the line of each error, as an alert', () => {
    render(
      <CueErrors
        errors={[
          { field: '', line: 6, message: 'Das Ende 00:04.000 liegt nicht nach dem Beginn 00:05.000.' },
          { field: '', line: 9, message: 'Dieser Untertitel hat keinen Text.' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Zeile 6: Das Ende 00:04.000 liegt nicht nach dem Beginn 00:05.000.',
      'Zeile 9: Dieser Untertitel hat keinen Text.',
    ]);
  });
});

describe('Transcript', () => {
  it('shows the transcript as paragraphs below the player, folded in the archive', () => {
    const { container, rerender } = render(<Transcript text={'Erster Absatz.\n\nZweiter Absatz.'} />);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Erster Absatz.', 'Zweiter Absatz.']);
    rerender(<Transcript text="Im Archiv." folded />);
    expect(container.querySelector('details summary')?.textContent).toBe('Transkript der Aufzeichnung');
  });
});
