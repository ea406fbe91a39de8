// The whole handover as one print-styled document: the same component in the Handover tab's preview and on the
// print route, so the paper is exactly what the nurse saw.
import type { HandoverReport } from '../../../../shared/report/types';
import { ActionsSection, AwarenessSection, SynthesisSection } from './ActionsAwareness';
import { DocumentHeader } from './DocumentHeader';
import { FlagsSection, GradeTimelineSection, TreatmentsSection } from './HistorySections';
import { IllnessSection, SummarySection } from './IllnessSummary';
import { LabsSection } from './LabsSection';
import { VitalsSection } from './VitalsSection';
import './handover.css';

/** `draft`: the severity and situation shown are the nurse's unsaved draft (preview only). */
export function HandoverDocument({ report, printedBy, draft = false }: { report: HandoverReport; printedBy: string | null; draft?: boolean }) {
  return (
    <article className={report.isDemo ? 'ho-doc ho-doc-demo' : 'ho-doc'} data-testid="handover-document">
      <DocumentHeader report={report} printedBy={printedBy} />
      <IllnessSection report={report} draft={draft} />
      <SummarySection report={report} />
      <ActionsSection report={report} />
      <AwarenessSection report={report} />
      <VitalsSection report={report} />
      <LabsSection report={report} />
      <TreatmentsSection report={report} />
      <GradeTimelineSection report={report} />
      <FlagsSection report={report} />
      <SynthesisSection />
    </article>
  );
}
