import { useTranslation } from 'react-i18next';
import type { ChecklistData } from '../../../../shared/episode/records';
import { lymphodepletionForm, type LymphodepletionValues } from './checklistForms';
import { TextField } from '../../ui/form/TextField';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';

export function LymphodepletionForm(props: ItemFormProps<ChecklistData<'lymphodepletion'>>) {
  const { t } = useTranslation();
  const label = (field: string) => {
    const day = /^days\.(\d+)$/.exec(field);
    if (day) return t('checklist.lymphodepletion.day', { n: Number(day[1]) + 1 });
    return field === 'regimen' || field === 'fludarabine' || field === 'cyclophosphamide' ? t(`checklist.lymphodepletion.${field}`) : null;
  };
  return (
    <ItemFormShell<LymphodepletionValues, ChecklistData<'lymphodepletion'>>
      {...props}
      kind="lymphodepletion"
      initialValues={() => (props.initial ? lymphodepletionForm.fromData(props.initial) : lymphodepletionForm.empty())}
      convert={lymphodepletionForm.convert}
      label={label}
    >
      {({ values: v, set, errors }) => (
        <>
          <TextField label={t('checklist.lymphodepletion.regimen')} value={v.regimen} onChange={(x) => set('regimen', x)} error={errors.regimen} testId="ld-regimen" />
          <TextField label={t('checklist.lymphodepletion.fludarabine')} optional numeric value={v.fludarabine} onChange={(x) => set('fludarabine', x)} error={errors.fludarabine} testId="ld-fludarabine" />
          <TextField
            label={t('checklist.lymphodepletion.cyclophosphamide')}
            optional
            numeric
            value={v.cyclophosphamide}
            onChange={(x) => set('cyclophosphamide', x)}
            error={errors.cyclophosphamide}
            testId="ld-cyclophosphamide"
          />
          {v.days.map((day, i) => (
            <TextField
              key={i}
              label={t('checklist.lymphodepletion.day', { n: i + 1 })}
              type="date"
              value={day}
              onChange={(x) => set('days', v.days.map((d, j) => (j === i ? x : d)))}
              error={errors[`days.${i}`]}
              testId={`ld-day-${i}`}
            />
          ))}
          <div className="field-buttons">
            {v.days.length < 10 && (
              <button type="button" className="button" onClick={() => set('days', [...v.days, ''])}>
                {t('checklist.lymphodepletion.addDay')}
              </button>
            )}
            {v.days.length > 1 && (
              <button type="button" className="button" onClick={() => set('days', v.days.slice(0, -1))}>
                {t('checklist.lymphodepletion.removeDay', { n: v.days.length })}
              </button>
            )}
          </div>
        </>
      )}
    </ItemFormShell>
  );
}
