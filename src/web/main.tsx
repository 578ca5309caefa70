import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { translationsReady } from './kit/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The device's language (English needs its strings downloaded) before the first render.
await translationsReady.catch(() => undefined);
// As a transition, the first render is done in slices with the browser let in between, rather than
// in one long task that a slow phone cannot answer a tap during.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
