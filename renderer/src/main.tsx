import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { isReportHash, parseReportHash } from '../../shared/report/route';
import { connectApi } from './api/client';
import { initialPreferences, PreferencesProvider } from './ui/prefs/PreferencesContext';
import './app/styles.css';
import './ui/base.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const client = connectApi();
const preferences = initialPreferences();
// The print route (#/report/handover?…) is fixed for the page's life and loads only the report's code, so a printer
// opening it waits for less script; the window loads the screens.
const view: Promise<ReactElement> = isReportHash(window.location.hash)
  ? import('./features/handover/ReportPage').then(({ ReportPage }) => <ReportPage client={client} route={parseReportHash(window.location.hash)} />)
  : import('./app/App').then(({ App }) => <App client={client} />);
void view.then((element) =>
  createRoot(root).render(
    <StrictMode>
      <PreferencesProvider initial={preferences}>{element}</PreferencesProvider>
    </StrictMode>,
  ),
);
