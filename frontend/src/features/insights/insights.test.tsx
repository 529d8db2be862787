import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { click } from '../../test/kolibri';
import { BarChart } from './components/BarChart';
import { axisLabel, barValue, shownCount } from './format';

describe('insights figures', () => {
  it('shows a suppressed count as "< 5" and draws it at half the threshold, never at its value', () => {
    expect(shownCount(null, 5)).toBe('< 5');
    expect(shownCount(0, 5)).toBe('0');
    expect(shownCount(12, 5)).toBe('12');
    expect(barValue(null, 5)).toBe(2.5);
  });
});

describe('axisLabel', () => {
  it('keeps a name that fits and cuts a longer one with an ellipsis', () => {
    expect(axisLabel('Mo., 7. Dez.', 12)).toBe('Mo., 7. Dez.');
    expect(axisLabel('Bürgerkonto und digitale Antragsstrecke', 12)).toBe('Bürgerkonto…');
    expect(axisLabel('Digitaler Umzugsservice', 1)).toBe('…');
  });
});

describe('BarChart', () => {
  const chart = (
    <BarChart
      title="Besuche pro Tag"
      categoryLabel="Tag"
      categories={['Mo 23.11.', 'Di 24.11.']}
      series={[{ key: 'visits', label: 'Besuche', values: [12, null] }]}
      threshold={5}
    />
  );

  it('names every bar with its value for keyboard and screen reader users', () => {
    const { container } = render(chart);
    const bars = [...container.querySelectorAll('rect[role="img"]')];
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Mo 23.11., Besuche: 12',
      'Di 24.11., Besuche: < 5',
    ]);
    expect(bars.every((bar) => bar.getAttribute('tabindex') === '0')).toBe(true);
  });

  it('switches to a table with the same numbers and back', () => {
    const { container } = render(chart);
    expect(container.querySelector('table')).toBeNull();
    click(container, 'Als Tabelle anzeigen');
    expect(screen.getByRole('table', { name: 'Besuche pro Tag' })).toBeTruthy();
    const cells = [...container.querySelectorAll('tbody td')].map((cell) => cell.textContent);
    expect(cells).toEqual(['12', '< 5']);
    click(container, 'Als Diagramm anzeigen');
    expect(container.querySelector('table')).toBeNull();
    expect(container.querySelectorAll('rect[role="img"]')).toHaveLength(2);
  });
});
