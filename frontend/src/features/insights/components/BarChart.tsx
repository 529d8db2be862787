import { KolButton } from '@public-ui/react-v19';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import type { Count } from '../api';
import { axisLabel, barValue, shownCount } from '../format';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';

export interface Series {
  key: string;
  label: string;
  values: Count[];
}

interface Props {
  /** Heading-like title of the chart; also the table's caption. */
  title: string;
  /** Label of the first column (day, hour, source). */
  categoryLabel: string;
  categories: string[];
  series: Series[];
  threshold: number;
}

/** The value of a series at a category; null (suppressed) stays null, a missing one is 0. */
const valueAt = (series: Series, index: number): Count => (index < series.values.length ? series.values[index] : 0);

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 40, left: 40 };

/**
 * A bar chart as SVG with its text alternative: a button switches to a table with the same numbers. Every bar can
 * be reached with the Tab key and names its category, series and value; suppressed counts show as "< 5".
 */
export function BarChart({ title, categoryLabel, categories, series, threshold }: Props) {
  const { t } = useTranslation();
  const [table, setTable] = useState(false);
  const id = useId();
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => barValue(v, threshold))));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const group = plotWidth / Math.max(1, categories.length);
  const bar = Math.max(2, (group * 0.8) / Math.max(1, series.length));
  const labelEvery = Math.max(1, Math.ceil(categories.length / 12));
  // About 7 units a character at the ticks' 12px: names longer than their room are cut, not overlapped
  const labelChars = Math.floor((group * labelEvery - 4) / 7);

  return (
    <figure className="insights-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="insights-chart__title">
        {title}
      </figcaption>
      <KolButton
        className="insights-chart__toggle"
        _label={table ? t('insights.chart.showChart') : t('insights.chart.showTable')}
        _variant="tertiary"
        _on={{ onClick: () => setTable((shown) => !shown) }}
      />
      {table ? (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <table className="insights-table">
            <caption>{title}</caption>
            <ColumnHeads columns={[categoryLabel, ...series.map((s) => s.label)]} />
            <tbody>
              {categories.map((category, index) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s) => (
                    <td key={s.key}>{shownCount(valueAt(s, index), threshold)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          {series.length > 1 && (
            <ul className="insights-chart__legend">
              {series.map((s, index) => (
                <li key={s.key}>
                  <span className={`insights-chart__swatch insights-chart__swatch--${index}`} aria-hidden="true" />
                  {s.label}
                </li>
              ))}
            </ul>
          )}
          <svg className="insights-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby={`${id}-title`}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="insights-chart__axis" />
            <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="insights-chart__tick" aria-hidden="true">
              {max}
            </text>
            <text x={PAD.left - 6} y={HEIGHT - PAD.bottom} textAnchor="end" className="insights-chart__tick" aria-hidden="true">
              0
            </text>
            {categories.map((category, index) => (
              <g key={category}>
                {series.map((s, si) => {
                  const value = valueAt(s, index);
                  const height = (barValue(value, threshold) / max) * plotHeight;
                  const x = PAD.left + index * group + group * 0.1 + si * bar;
                  const label = t('insights.chart.bar', { label: `${category}, ${s.label}`, value: shownCount(value, threshold) });
                  return (
                    <rect
                      key={s.key}
                      className={`insights-chart__bar insights-chart__bar--${si}${value === null ? ' insights-chart__bar--below' : ''}`}
                      x={x}
                      y={HEIGHT - PAD.bottom - height}
                      width={bar}
                      height={Math.max(height, value === 0 ? 0 : 1)}
                      // an SVG attribute is written as named: `tabIndex` would not make the bar focusable
                      {...{ tabindex: 0 }}
                      role="img"
                      aria-label={label}
                    >
                      <title>{label}</title>
                    </rect>
                  );
                })}
                {index % labelEvery === 0 && (
                  <text
                    x={PAD.left + index * group + group / 2}
                    y={HEIGHT - PAD.bottom + 16}
                    textAnchor="middle"
                    className="insights-chart__tick"
                    aria-hidden="true"
                  >
                    {axisLabel(category, labelChars)}
                  </text>
                )}
              </g>
            ))}
          </svg>
        </>
      )}
    </figure>
  );
}
