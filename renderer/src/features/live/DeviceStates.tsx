import { useTranslation } from 'react-i18next';
import type { DeviceView } from './devices';
import { DeviceState } from './DeviceState';

interface Props {
  readonly devices: readonly DeviceView[];
  readonly now: number;
  /** False while the link to the station is down: the states shown may be out of date. */
  readonly current: boolean;
}

export function DeviceStates({ devices, now, current }: Props) {
  const { t } = useTranslation();
  if (devices.length === 0) return null;
  return (
    <section className={current ? 'devices' : 'devices devices-outdated'} aria-label={t('devices.heading')}>
      <ul className="device-list">
        {devices.map((d) => (
          <DeviceState key={d.id} device={d} now={now} />
        ))}
      </ul>
    </section>
  );
}
