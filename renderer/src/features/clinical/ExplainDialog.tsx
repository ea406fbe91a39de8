// "why?": the explanation of the suggested grade now and of the maximum, each with its evidence.
import { useTranslation } from 'react-i18next';
import type { Grade, GradeKind } from '../../../../shared/api/methods/clinical';
import type { GradeExplanation } from '../../../../shared/clinical/engine';
import { gradeLabel } from './grades';
import { sayOr } from '../../i18n/said';
import { Modal } from '../../ui/Modal';
import { EvidenceList } from './EvidenceList';

export interface Explained extends GradeExplanation {
  readonly current: Grade;
  readonly max: Grade;
}

export function ExplainDialog({ kind, result, onClose }: { kind: GradeKind; result: Explained; onClose: () => void }) {
  const { t } = useTranslation();
  const name = t(`clinical.kinds.${kind}`);
  const sameAsMax = result.maxExplanation === result.explanation;
  return (
    <Modal title={t('clinical.explain.title', { kind: name, grade: gradeLabel(result.current) })} onClose={onClose} testId="explain-dialog" wide>
      <div className="dialog-top-actions">
        <button type="button" className="button" onClick={onClose} data-testid="explain-close" data-autofocus>
          {t('clinical.explain.close')}
        </button>
      </div>
      <section className="explain-part">
        <h3>{t('clinical.explain.now', { grade: gradeLabel(result.current) })}</h3>
        <p className="explain-sentence" data-testid="explain-text">
          {sayOr(result.explanationMessage, result.explanation)}
        </p>
        <EvidenceList evidence={result.evidence} />
      </section>
      {!sameAsMax && (
        <section className="explain-part">
          <h3>{t('clinical.explain.max', { grade: gradeLabel(result.max) })}</h3>
          <p className="explain-sentence">{sayOr(result.maxExplanationMessage, result.maxExplanation)}</p>
          <EvidenceList evidence={result.maxEvidence} testId="max-evidence" />
        </section>
      )}
    </Modal>
  );
}
