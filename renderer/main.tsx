/** Starts the renderer: picks how to reach the handlers (desktop bridge or local server), then shows the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ClientProvider } from './api/ClientContext';
import { takeBrowserKey } from './api/browser-key';
import { createClient, type Client } from './api/client';
import { bridgeInvoke, httpInvoke } from './api/transports';
import { NoKeyScreen } from './screens/NoKeyScreen';
import './styles/app.css';
import './styles/forms.css';
import './styles/grid.css';
import './styles/print.css';

function connect(): Client | null {
  if (window.staffroom) return createClient(bridgeInvoke(window.staffroom));
  const key = takeBrowserKey({ location: window.location, storage: window.sessionStorage, history: window.history });
  return key ? createClient(httpInvoke(key)) : null;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const client = connect();
createRoot(container).render(
  <StrictMode>
    {client ? (
      <ClientProvider client={client}>
        <App />
      </ClientProvider>
    ) : (
      <NoKeyScreen />
    )}
  </StrictMode>,
);
