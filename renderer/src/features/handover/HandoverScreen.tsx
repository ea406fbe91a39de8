// The Handover tab: the preview of the shift being handed over, with the nurse's illness severity and situation
// text (shown in the preview as typed), and Print. Opening the tab and pressing Print are the two clicks.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINT_MARGINS_MM as M } from '../../../../shared/report/route';
import { shiftContaining } from '../../../../shared/report/shift';
import type { HandoverReport, IllnessSeverity, ReportFormat } from '../../../../shared/report/types';
import type { LinkState, StationClient } from '../../api/stationClient';
import { formatDateTime } from '../../ui/format/time';
import { useSession, SignInCancelled } from '../../ui/session/SessionContext';
import { HandoverControls } from './HandoverControls';
import { HandoverDocument } from './HandoverDocument';
import { draftChanged, printHandover, type Draft } from './print';
import { useHandover } from './useHandover';
import { errorMessage } from '../../../../shared/errors';

type Window = { readonly from: number; readonly to: number };

/** The report with the draft in place of the saved note, so the preview shows what the nurse is writing (null: nothing to show). */
function withDraft(report: HandoverReport, draft: Draft, by: string): HandoverReport | null {
  if (draft.severity === null) return null;
  const saved = report.severity;
  if (saved && saved.severity === draft.severity && saved.situation === draft.situation) return null;
  return { ...report, severity: { from: report.window.from, to: report.window.to, severity: draft.severity, situation: draft.situation, by, at: report.generatedAt } };
}

export function HandoverScreen({ client, link }: { client: StationClient; link: LinkState }) {
  const { t } = useTranslation();
  const session = useSession();
  const [requested, setRequested] = useState<Window | null>(null);
  const { report, error, reload } = useHandover(client, link, requested ?? {});
  const [draft, setDraft] = useState<Draft & { dirty: boolean }>({ severity: null, situation: '', dirty: false });
  const [format, setFormat] = useState<ReportFormat>('A4');
  const [busy, setBusy] = useState<'save' | 'print' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const window_ = report ? { from: report.window.from, to: report.window.to } : null;
  const saved = report?.severity ?? null;
  const drafted = report && withDraft(report, draft, session.user?.name ?? '');

  // A fresh report (another window, or someone saved) replaces the draft unless the nurse is editing it.
  useEffect(() => {
    setDraft((d) => (d.dirty ? d : { severity: saved?.severity ?? null, situation: saved?.situation ?? '', dirty: false }));
  }, [saved?.severity, saved?.situation, window_?.from, window_?.to]);

  const act = async (kind: 'save' | 'print', work: () => Promise<string | null>) => {
    setBusy(kind);
    setActionError(null);
    try {
      setStatus(await session.perform(() => work()));
      setDraft((d) => ({ ...d, dirty: false }));
      reload();
    } catch (e) {
      if (!(e instanceof SignInCancelled)) setActionError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const save = () =>
    act('save', async () => {
      if (!window_ || draft.severity === null) return null;
      const note = await client.call('report.notes', { ...window_, severity: draft.severity, situation: draft.situation });
      return t('report.controls.saved', { name: note.by, time: formatDateTime(note.at) });
    });
  const print = () =>
    act('print', async () => {
      if (!window_) return null;
      const browserPrint = globalThis.window.vigilBridge === undefined ? () => globalThis.window.print() : null;
      const result = await printHandover(client, window_, format, draft, saved, browserPrint);
      return t('report.controls.printed', { pages: result.pages, sha: result.sha256.slice(0, 16) });
    });
  const shift = (step: -1 | 0 | 1) => {
    setDraft({ severity: null, situation: '', dirty: false });
    setStatus(null);
    if (step === 0 || !window_) return setRequested(null);
    setRequested(step < 0 ? shiftContaining(window_.from - 1) : shiftContaining(window_.to));
  };

  return (
    <div className="ho-screen" data-testid="handover-screen">
      {/* The browser's own print dialog (browser mode) prints this tab on the chosen paper. */}
      <style>{`@media print { @page { size: ${format}; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; } }`}</style>
      <HandoverControls
        window={window_}
        severity={draft.severity}
        situation={draft.situation}
        format={format}
        dirty={draftChanged(draft, saved)}
        busy={busy}
        status={status}
        error={actionError ?? error}
        onSeverity={(severity: IllnessSeverity) => setDraft((d) => ({ ...d, severity, dirty: true }))}
        onSituation={(situation) => setDraft((d) => ({ ...d, situation, dirty: true }))}
        onFormat={setFormat}
        onShift={shift}
        onSave={save}
        onPrint={print}
      />
      <div className="ho-preview" data-testid="handover-preview">
        {report ? <HandoverDocument report={drafted ?? report} printedBy={null} draft={drafted !== null} /> : !error && <p>{t('report.loading')}</p>}
      </div>
    </div>
  );
}
