import { useEffect, useState } from 'react';

/**
 * The station's current time (this window's clock plus the offset), ticking every `intervalMs`; read again at once
 * whenever `refreshOn` changes (e.g. after an entry, so a reading just saved is inside a window that ends "now").
 */
export function useStationNow(clockOffset: number, intervalMs = 1000, refreshOn: unknown = null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, refreshOn]);
  return now + clockOffset;
}
