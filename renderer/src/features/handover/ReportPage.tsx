// The print route (index.html#/report/handover?from=…&to=…&format=A4|Letter): the handover document alone, on
// white paper, with @page set to the chosen size. Once it has rendered it announces itself ready on `window`
// (with the header and footer lines the printer repeats on every page); a printer waits for that. A warm printer
// keeps the page and asks it for the next route through window[SHOW_KEY], which draws it afresh, as a new page would.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_KEY, META_KEY, parseReportHash, PRINT_MARGINS_MM as M, READY_FLAG, SHOW_KEY, type ReportRoute } from '../../../../shared/report/route';
import type { StationClient } from '../../api/stationClient';
import { useLink } from '../../api/useLink';
import { isLanguage } from '../../i18n';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { allSeriesDrawn } from '../../charts/paint';
import { printMeta } from './format';
import { HandoverDocument } from './HandoverDocument';
import { useHandover } from './useHandover';

const flags = window as unknown as Record<string, unknown>;

/** Resolves once every chart has drawn its line (it waits for recharts' axes, laid out over a few renders), or after `maxMs`. */
function chartsDrawn(maxMs = 3000): Promise<void> {
  const deadline = Date.now() + maxMs;
  return new Promise((resolve) => {
    const check = () => {
      if (allSeriesDrawn(document) || Date.now() > deadline) resolve();
      else requestAnimationFrame(check); // every frame: the printer is waiting
    };
    check();
  });
}

interface Shown {
  readonly route: ReportRoute | null;
  /** Counts the routes shown: each is drawn by a new ReportBody, so nothing of the previous one is reused. */
  readonly id: number;
}

export function ReportPage({ client, route }: { client: StationClient; route: ReportRoute | null }) {
  const [shown, setShown] = useState<Shown>({ route, id: 0 });
  const latest = useRef(0);
  const { language, update } = usePreferences();
  const isLatest = useCallback(() => latest.current === shown.id, [shown.id]);

  useEffect(() => {
    flags[SHOW_KEY] = (hash: string) => {
      for (const key of [READY_FLAG, META_KEY, ERROR_KEY]) delete flags[key];
      history.replaceState(null, '', `#${hash}`);
      latest.current += 1;
      setShown({ route: parseReportHash(hash), id: latest.current });
    };
    return () => {
      delete flags[SHOW_KEY];
    };
  }, []);

  useEffect(() => {
    const lang = shown.route?.lang;
    if (lang && isLanguage(lang) && lang !== language) update({ language: lang });
  }, [shown, language, update]);

  useEffect(() => {
    document.documentElement.classList.add('ho-print-html');
    return () => document.documentElement.classList.remove('ho-print-html');
  }, []);

  return (
    <div className="ho-page" data-testid="report-page">
      <style>{`@page { size: ${shown.route?.format ?? 'A4'}; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }`}</style>
      <ReportBody key={shown.id} client={client} route={shown.route} isLatest={isLatest} />
    </div>
  );
}

function ReportBody({ client, route, isLatest }: { client: StationClient; route: ReportRoute | null; isLatest: () => boolean }) {
  const { t } = useTranslation();
  const link = useLink(client);
  const { language } = usePreferences();
  const { report, error } = useHandover(client, link, route === null ? null : { from: route.from, to: route.to, ...(route.episodeId !== null ? { episodeId: route.episodeId } : {}) }, false);

  useEffect(() => {
    if (route === null) flags[ERROR_KEY] = t('report.badRoute');
    else if (error !== null) flags[ERROR_KEY] = error;
  }, [route, error, t]);

  useEffect(() => {
    if (report === null || route === null) return;
    let cancelled = false;
    flags[META_KEY] = printMeta(report, route.printedBy);
    void document.fonts.ready.then(() => chartsDrawn()).then(() => {
      if (!cancelled && isLatest()) flags[READY_FLAG] = true;
    });
    return () => {
      cancelled = true;
    };
  }, [report, route, language, isLatest]);

  if (route === null) return <p role="alert">{t('report.badRoute')}</p>;
  if (error !== null) return <p role="alert">{t('report.loadError', { message: error })}</p>;
  if (report === null) return <p>{t('report.loading')}</p>;
  return <HandoverDocument report={report} printedBy={route.printedBy} />;
}
