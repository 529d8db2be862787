import { useTranslation } from 'react-i18next';
import type { HallDisplay, HallView, PlanAreas } from '../filterState';
import '../hall.css';

interface Choice<T> {
  value: T;
  label: string;
}

/** A labelled group of toggle buttons of which one is pressed (each reachable by Tab, like the page's other buttons). */
function ToggleGroup<T extends string>({ label, choices, value, onChange }: { label: string; choices: Choice<T>[]; value: T; onChange: (value: T) => void }) {
  return (
    <div className="hall-view__group" role="group" aria-label={label}>
      <span className="hall-view__label" aria-hidden="true">
        {label}
      </span>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          className="toggle-button"
          aria-pressed={choice.value === value}
          onClick={() => choice.value !== value && onChange(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

/** The hall's view (list or plan) and, for the plan, what its areas are. */
export function HallViewSwitch({ display, onChange }: { display: HallDisplay; onChange: (display: HallDisplay) => void }) {
  const { t } = useTranslation();
  const views: Choice<HallView>[] = [
    { value: 'list', label: t('hallPlan.list') },
    { value: 'plan', label: t('hallPlan.plan') },
  ];
  const areas: Choice<PlanAreas>[] = [
    { value: 'topic', label: t('hallPlan.byTopic') },
    { value: 'region', label: t('hallPlan.byRegion') },
  ];
  return (
    <div className="hall-view">
      <ToggleGroup label={t('hallPlan.view')} choices={views} value={display.view} onChange={(view) => onChange({ ...display, view })} />
      {display.view === 'plan' && (
        <ToggleGroup label={t('hallPlan.areasBy')} choices={areas} value={display.areas} onChange={(a) => onChange({ ...display, areas: a })} />
      )}
    </div>
  );
}
