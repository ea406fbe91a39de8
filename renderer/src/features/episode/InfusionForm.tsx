// The infusion record: product checks (lot, bags, a second verifier), the dose against the product's range,
// premedication, start and end, vital signs during the infusion, and any reaction.
import { useTranslation } from 'react-i18next';
import type { InfusionRecord } from '../../../../shared/episode/records';
import { EMPTY_INFUSION, infusionValues, toInfusion, vitalsTimes, type InfusionValues, type PremedKind } from './infusionForm';
import { VITAL_FIELDS, type VitalField } from './vitals';
import { roleLabel } from '../../ui/format/labels';
import { formatClock } from '../../ui/format/time';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { useSession } from '../../ui/session/SessionContext';
import { CheckboxField } from '../../ui/form/CheckboxField';
import { SelectField } from '../../ui/form/SelectField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { doseStatus } from './dose';
import { DoseRange } from './DoseRange';
import { useOpenEpisode } from './EpisodeActions';
import { InfusionVitals } from './InfusionVitals';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';
import { PremedFields } from './PremedFields';
import { useVitalLabel } from './VitalsFields';

const SIMPLE = { lot: 'lot', bagIds: 'bagIds', secondVerifier: 'secondVerifier', cells: 'cells', doseOverrideReason: 'doseOverride', start: 'start', end: 'end', reactionDescription: 'reactionDescription' } as const;

export function InfusionForm(props: ItemFormProps<InfusionRecord>) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const { user, staff } = useSession();
  const episode = useOpenEpisode();
  const vitalLabel = useVitalLabel();
  const product = episode.product;
  const weightKg = episode.admission.weightKg;

  return (
    <ItemFormShell<InfusionValues, InfusionRecord>
      submitLabel={props.correcting ? undefined : t('infusion.submit')}
      {...props}
      kind="infusion"
      initialValues={() => (props.initial ? infusionValues(props.initial, tempUnit) : EMPTY_INFUSION)}
      convert={(v) => toInfusion(v, { productCode: episode.admission.productCode, tempUnit, self: user?.name ?? null })}
      label={(field, v) => {
        if (field in SIMPLE) return t(`infusion.${SIMPLE[field as keyof typeof SIMPLE]}`);
        const premed = /^premed\.(\w+)\.(drug|dose|time)$/.exec(field);
        if (premed) {
          const kind = t(`infusion.premedKinds.${premed[1] as PremedKind}`);
          return t(premed[2] === 'drug' ? 'infusion.premedDrug' : premed[2] === 'dose' ? 'infusion.premedDose' : 'infusion.premedTime', { kind });
        }
        const vital = /^vitals\.(\d+)\.(\w+)$/.exec(field);
        const time = vital ? vitalsTimes(v)[Number(vital[1])] : undefined;
        if (vital && time !== undefined && (VITAL_FIELDS as readonly string[]).includes(vital[2]!)) return `${formatClock(time)} ${vitalLabel(vital[2] as VitalField)}`;
        return null;
      }}
    >
      {({ values: v, set, update, errors }) => {
        const verifiers = staff.filter((s) => (s.role === 'nurse' || s.role === 'physician') && s.name !== user?.name);
        const options = verifiers.map((s) => ({ value: s.name, label: `${s.name} (${roleLabel(s.role)})` }));
        if (v.secondVerifier !== '' && !options.some((o) => o.value === v.secondVerifier)) options.push({ value: v.secondVerifier, label: v.secondVerifier });
        const outside = doseStatus(product, v.cells, weightKg);
        return (
          <>
            {product && <p className="field-wide item-summary">{t('infusion.product', { name: product.name })}</p>}
            <TextField label={t('infusion.lot')} value={v.lot} onChange={(x) => set('lot', x)} error={errors.lot} testId="infusion-lot" />
            <TextField label={t('infusion.bagIds')} hint={t('infusion.bagIdsHint')} value={v.bagIds} onChange={(x) => set('bagIds', x)} error={errors.bagIds} testId="infusion-bags" />
            <SelectField
              label={t('infusion.secondVerifier')}
              hint={t('infusion.secondVerifierHint')}
              value={v.secondVerifier}
              onChange={(x) => set('secondVerifier', x)}
              options={options}
              error={errors.secondVerifier}
              testId="infusion-verifier"
            />
            <TextField label={t('infusion.cells')} numeric value={v.cells} onChange={(x) => set('cells', x)} error={errors.cells} testId="infusion-cells" />
            <DoseRange product={product} weightKg={weightKg} cellsText={v.cells} />
            {((outside !== null && outside !== 'within') || v.doseOverrideReason !== '') && (
              <TextAreaField
                label={t('infusion.doseOverride')}
                hint={t('infusion.doseOverrideHint')}
                value={v.doseOverrideReason}
                onChange={(x) => set('doseOverrideReason', x)}
                error={errors.doseOverrideReason}
                testId="infusion-dose-override"
              />
            )}
            <PremedFields premeds={v.premeds} onChange={(kind, p) => update((prev) => ({ ...prev, premeds: { ...prev.premeds, [kind]: p } }))} errors={errors} />
            <TextField label={t('infusion.start')} type="datetime-local" value={v.start} onChange={(x) => set('start', x)} error={errors.start} testId="infusion-start" />
            <TextField label={t('infusion.end')} type="datetime-local" value={v.end} onChange={(x) => set('end', x)} error={errors.end} testId="infusion-end" />
            <InfusionVitals values={v} setRow={(time, row) => update((prev) => ({ ...prev, vitals: { ...prev.vitals, [time]: row } }))} errors={errors} />
            <CheckboxField label={t('infusion.reaction')} checked={v.reaction} onChange={(x) => set('reaction', x)} testId="infusion-reaction" />
            {v.reaction && (
              <TextAreaField
                label={t('infusion.reactionDescription')}
                value={v.reactionDescription}
                onChange={(x) => set('reactionDescription', x)}
                error={errors.reactionDescription}
                testId="infusion-reaction-description"
              />
            )}
          </>
        );
      }}
    </ItemFormShell>
  );
}
