import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client';
import { App } from './App';
import { initialPreferences, PreferencesProvider } from './prefs/PreferencesContext';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const client = connectApi();
const preferences = initialPreferences();
createRoot(root).render(
  <StrictMode>
    <PreferencesProvider initial={preferences}>
      <App client={client} />
    </PreferencesProvider>
  </StrictMode>,
);
