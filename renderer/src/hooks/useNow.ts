import { useEffect, useState } from 'react';

/** The station's current time (this window's clock plus the offset), ticking every second. */
export function useStationNow(clockOffset: number, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now + clockOffset;
}
