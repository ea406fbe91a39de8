import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const client = connectApi();
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
