// An administrator sets or changes a destination: host:port, reporting period, values, parameters, documentation,
// ACK timeout, on/off. Checked with the shared schema; the first field in error gets the focus (Form).
import { useTranslation } from 'react-i18next';
import type { OutboundDestinationStatus } from '../../../../shared/api/methods/outbound';
import { VITAL_PARAMS } from '../../../../shared/params';
import type { StationClient } from '../../api/stationClient';
import { DESTINATION_FIELDS, destinationField, destinationValues, NEW_DESTINATION, toDestinationSettings, type DestinationValues } from './destinationForm';
import { errorText } from '../../ui/form/errorText';
import { paramLabel } from '../../ui/format/labels';
import { useForm } from '../../ui/form/useForm';
import { useSession } from '../../ui/session/SessionContext';
import { CheckboxField } from '../../ui/form/CheckboxField';
import { Form } from '../../ui/form/Form';
import { RadioField } from '../../ui/form/RadioField';
import { TextField } from '../../ui/form/TextField';
import { Modal } from '../../ui/Modal';

export function DestinationFormDialog({ client, destination, onClose }: { client: StationClient; destination: OutboundDestinationStatus | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const saved = destination?.settings ?? NEW_DESTINATION;
  const form = useForm<DestinationValues>(() => destinationValues(saved, destination === null));
  const { values: v, errors, set } = form;
  const label = (field: string) => ((DESTINATION_FIELDS as readonly string[]).includes(field) ? t(`sending.form.fields.${field as (typeof DESTINATION_FIELDS)[number]}`) : null);
  const toggleParam = (param: (typeof VITAL_PARAMS)[number], on: boolean) => set('params', on ? VITAL_PARAMS.filter((p) => p === param || v.params.includes(p)) : v.params.filter((p) => p !== param));

  const submit = async () => {
    const converted = toDestinationSettings(v, saved);
    const send = (settings: typeof saved) => perform(() => client.call('outbound.saveDestination', { ...(destination ? { id: destination.id } : {}), settings }));
    if (await form.submit(converted, send, { prefix: 'settings', toField: destinationField })) onClose();
  };

  return (
    <Modal title={destination ? t('sending.form.editTitle', { name: destination.name }) : t('sending.form.addTitle')} onClose={onClose} testId="destination-dialog" wide>
      <p className="field-hint">{t('sending.form.explain')}</p>
      <Form onSubmit={() => void submit()} errors={errors} label={label} saving={form.saving} submitLabel={t('sending.form.submit')} onCancel={onClose} testId="destination-form" submitTestId="destination-submit">
        <TextField label={t('sending.form.fields.host')} value={v.host} onChange={(x) => set('host', x)} error={errors.host} testId="destination-host" />
        <TextField label={t('sending.form.fields.port')} numeric value={v.port} onChange={(x) => set('port', x)} error={errors.port} testId="destination-port" />
        <TextField label={t('sending.form.fields.periodSeconds')} numeric value={v.periodSeconds} onChange={(x) => set('periodSeconds', x)} error={errors.periodSeconds} testId="destination-periodSeconds" />
        <RadioField
          label={t('sending.form.fields.values')}
          value={v.values}
          onChange={(x) => set('values', x === 'each' ? 'each' : 'mean')}
          options={[
            { value: 'mean', label: t('sending.form.valuesMean') },
            { value: 'each', label: t('sending.form.valuesEach') },
          ]}
          error={errors.values}
          testId="destination-values"
        />
        <fieldset className={errors.params ? 'field field-radio field-invalid' : 'field field-radio'} data-testid="destination-params">
          <legend className="field-label">{t('sending.form.fields.params')}</legend>
          <div className="sending-params">
            {VITAL_PARAMS.map((p) => (
              <CheckboxField key={p} label={paramLabel(p)} checked={v.params.includes(p)} onChange={(on) => toggleParam(p, on)} testId={`destination-param-${p}`} />
            ))}
          </div>
          {errors.params && <span className="field-error">{errorText(errors.params)}</span>}
        </fieldset>
        <TextField
          label={t('sending.form.fields.ackTimeoutSeconds')}
          numeric
          value={v.ackTimeoutSeconds}
          onChange={(x) => set('ackTimeoutSeconds', x)}
          error={errors.ackTimeoutSeconds}
          testId="destination-ackTimeoutSeconds"
        />
        <CheckboxField label={t('sending.form.documentation')} checked={v.documentation} onChange={(x) => set('documentation', x)} testId="destination-documentation" />
        <CheckboxField label={t('sending.form.enabled')} checked={v.enabled} onChange={(x) => set('enabled', x)} testId="destination-enabled" />
      </Form>
    </Modal>
  );
}
