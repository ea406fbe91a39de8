import { strings } from '../strings';

export function NoMonitor() {
  return (
    <div className="no-monitor" role="status" data-testid="no-monitor">
      {strings.noMonitor}
    </div>
  );
}
