// The form of an entry's kind: to record a checklist item, or to correct any entry (pre-filled, with a reason).
import type { ChecklistData, InfusionRecord } from '../../../../shared/episode/records';
import { BaselineForm } from './BaselineForm';
import { CnsForm } from './CnsForm';
import { InfectionForm } from './InfectionForm';
import { InfusionForm } from './InfusionForm';
import { LymphodepletionForm } from './LymphodepletionForm';
import { OverrideForm } from './OverrideForm';
import { AcknowledgementForm } from './AcknowledgementForm';
import { SeizureForm } from './SeizureForm';

/** Kinds that have a form (sign-offs are corrected by signing again). */
export const EDITABLE_KINDS = ['lymphodepletion', 'infection_screening', 'cns_evaluation', 'seizure_prophylaxis', 'baseline', 'timing_override', 'baseline_acknowledgement', 'infusion'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

export function isEditable(kind: string): kind is EditableKind {
  return (EDITABLE_KINDS as readonly string[]).includes(kind);
}

interface Props {
  readonly kind: EditableKind;
  readonly data: unknown;
  readonly correcting: boolean;
  readonly onSave: (data: unknown, reason: string | null) => Promise<void>;
  readonly onCancel?: () => void;
}

export function ItemEditor({ kind, data, correcting, onSave, onCancel }: Props) {
  const common = { correcting, onSave, ...(onCancel ? { onCancel } : {}) };
  switch (kind) {
    case 'lymphodepletion':
      return <LymphodepletionForm {...common} initial={data as ChecklistData<'lymphodepletion'> | null} />;
    case 'infection_screening':
      return <InfectionForm {...common} initial={data as ChecklistData<'infection_screening'> | null} />;
    case 'cns_evaluation':
      return <CnsForm {...common} initial={data as ChecklistData<'cns_evaluation'> | null} />;
    case 'seizure_prophylaxis':
      return <SeizureForm {...common} initial={data as ChecklistData<'seizure_prophylaxis'> | null} />;
    case 'baseline':
      return <BaselineForm {...common} initial={data as ChecklistData<'baseline'> | null} />;
    case 'timing_override':
      return <OverrideForm {...common} initial={data as ChecklistData<'timing_override'> | null} />;
    case 'baseline_acknowledgement':
      return <AcknowledgementForm {...common} findings={[]} initial={data as ChecklistData<'baseline_acknowledgement'> | null} />;
    case 'infusion':
      return <InfusionForm {...common} initial={data as InfusionRecord | null} />;
  }
}
