import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setup';
import { App } from './app';
import { watchDatabaseEvents } from './database-events';
import './styles.css';

async function start(): Promise<void> {
  await setupI18n();
  watchDatabaseEvents();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
