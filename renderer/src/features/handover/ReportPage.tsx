// The print route (index.html#/report/handover?from=…&to=…&format=A4|Letter): the handover document alone, on
// white paper, with @page set to the chosen size. Once it has rendered it announces itself ready on `window`
// (with the header and footer lines the printer repeats on every page); a printer waits for that.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_KEY, META_KEY, PRINT_MARGINS_MM as M, READY_FLAG, type ReportRoute } from '../../../../shared/report/route';
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

export function ReportPage({ client, route }: { client: StationClient; route: ReportRoute | null }) {
  const { t } = useTranslation();
  const link = useLink(client);
  const { language, update } = usePreferences();
  const { report, error } = useHandover(client, link, route === null ? null : { from: route.from, to: route.to, ...(route.episodeId !== null ? { episodeId: route.episodeId } : {}) }, false);

  useEffect(() => {
    if (route?.lang && isLanguage(route.lang) && route.lang !== language) update({ language: route.lang });
  }, [route, language, update]);

  useEffect(() => {
    document.documentElement.classList.add('ho-print-html');
    return () => document.documentElement.classList.remove('ho-print-html');
  }, []);

  useEffect(() => {
    if (route === null) flags[ERROR_KEY] = t('report.badRoute');
    else if (error !== null) flags[ERROR_KEY] = error;
  }, [route, error, t]);

  useEffect(() => {
    if (report === null || route === null) return;
    let cancelled = false;
    flags[META_KEY] = printMeta(report, route.printedBy);
    void document.fonts.ready.then(() => chartsDrawn()).then(() => {
      if (!cancelled) flags[READY_FLAG] = true;
    });
    return () => {
      cancelled = true;
    };
  }, [report, route, language]);

  return (
    <div className="ho-page" data-testid="report-page">
      <style>{`@page { size: ${route?.format ?? 'A4'}; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }`}</style>
      {route === null ? (
        <p role="alert">{t('report.badRoute')}</p>
      ) : error !== null ? (
        <p role="alert">{t('report.loadError', { message: error })}</p>
      ) : report === null ? (
        <p>{t('report.loading')}</p>
      ) : (
        <HandoverDocument report={report} printedBy={route.printedBy} />
      )}
    </div>
  );
}
