import './strict-csp';
import '@mantine/core/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { registerCharts } from './charts/register';
import { Root } from './Root';
import { setupI18n } from './i18n/setup';

setupI18n();
registerCharts();
const client = createClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <Root client={client} />
  </StrictMode>,
);
