// The ten ICE items as checkboxes grouped by domain, an "all 10 correct" shortcut (then untick what was missed), and
// the total as it is ticked.
import { useTranslation } from 'react-i18next';
import type { IceItem } from '../../../../../shared/clinical/neuroEvents';
import { ICE_GROUPS, iceTotal, type IceItems } from './ice';
import { CheckboxField } from '../../../ui/form/CheckboxField';

interface Props {
  readonly items: IceItems;
  readonly onChange: (item: IceItem, done: boolean) => void;
  /** Ticks every item (10/10). */
  readonly onAllCorrect: () => void;
}

export function IceItemsField({ items, onChange, onAllCorrect }: Props) {
  const { t } = useTranslation();
  const total = iceTotal(items);
  return (
    <fieldset className="field field-wide ice-items" data-testid="ice-items">
      <legend className="field-label">{t('treatments.neuro.iceItems')}</legend>
      <div className="ice-all-correct">
        <button type="button" className="button" data-testid="ice-all-correct" disabled={total === 10} onClick={onAllCorrect}>
          {t('treatments.neuro.allCorrect')}
        </button>
        <span className="field-hint">{t('treatments.neuro.allCorrectHint')}</span>
      </div>
      <div className="ice-groups">
        {ICE_GROUPS.map(({ group, items: groupItems }) => (
          <div key={group} className="ice-group">
            <span className="ice-group-title">{t(`treatments.neuro.groups.${group}`)}</span>
            {groupItems.map((item) => (
              <CheckboxField key={item} label={t(`treatments.neuro.items.${item}`)} checked={items[item]} onChange={(done) => onChange(item, done)} testId={`ice-${item}`} />
            ))}
          </div>
        ))}
      </div>
      <p className={total < 10 ? 'ice-total ice-total-low' : 'ice-total'} role="status" data-testid="ice-total">
        {t('treatments.neuro.total', { total })}
      </p>
      {total < 10 && <p className="field-hint">{t('treatments.neuro.lowTotal')}</p>}
    </fieldset>
  );
}
