import { KolBadge } from '@public-ui/react-v19';
import type { WorkflowState } from '../api';
import { useLabels } from './labels';

/** Dark backgrounds with white text (contrast ≥ 7:1); the state is always written out, colour only repeats it. */
const COLORS: Record<WorkflowState, string> = {
  draft: '#4d4d4d',
  editing: '#004b6b',
  submitted: '#7a3e00',
  rejected: '#a00000',
  published: '#1d5e20',
};

export function WorkflowBadge({ state }: { state: WorkflowState | string }) {
  const { workflowStateName } = useLabels();
  return (
    <KolBadge
      className="workflow-badge"
      _label={workflowStateName(state)}
      _color={{ backgroundColor: COLORS[state as WorkflowState] ?? '#4d4d4d', foregroundColor: '#ffffff' }}
    />
  );
}
