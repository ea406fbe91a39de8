// The small label beside a numeric: which source it comes from now (serial monitor or HL7 feed).
import { useTranslation } from 'react-i18next';
import type { VitalParam } from '../../../../shared/params';
import { sourceLabel } from './sources';
import { useSourceMap } from './SourcesContext';
import './clinical.css';

export function SourceTag({ param }: { param: VitalParam }) {
  const { t } = useTranslation();
  const label = sourceLabel(useSourceMap().get(param));
  if (label === null) return null;
  const text = t(`clinical.sourceTag.${label.source}`);
  return (
    <span
      className={label.source === 'hl7' ? 'source-label source-hl7' : 'source-label'}
      title={label.both ? t('clinical.sourceBoth', { source: text }) : undefined}
      data-testid={`numeric-source-${param}`}
    >
      {text}
    </span>
  );
}
