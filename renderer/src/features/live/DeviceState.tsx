import { deviceText } from '../devices/format';
import { DemoBadge } from '../../ui/DemoBadge';
import type { DeviceView } from './devices';

export function DeviceState({ device, now }: { device: DeviceView; now: number }) {
  const { text, noDataSince, detail } = deviceText(device.connection, now);
  return (
    <li className={`device device-${device.connection.state}`} data-testid={`device-state-${device.id}`} data-state={device.connection.state}>
      <span className="device-dot" aria-hidden="true" />
      <span className="device-name">{device.name}</span>
      <DemoBadge demo={device.connection.demo} testId={`device-state-demo-${device.id}`} />
      {noDataSince ? (
        <span className="device-text" data-testid="no-data-since">
          {text}
        </span>
      ) : (
        <span className="device-text">{text}</span>
      )}
      {detail !== null && <span className="device-detail">{detail}</span>}
    </li>
  );
}
