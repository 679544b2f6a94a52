/** Either the welcome screen (no school yet) or the app frame with the open school. */
import { useCallback } from 'react';
import { useClient } from './api/ClientContext';
import { useRequest } from './api/use-request';
import { Frame } from './components/Frame';
import { Problem } from './components/Problem';
import { WelcomeScreen } from './screens/WelcomeScreen';

export function App() {
  const client = useClient();
  const [state, retry] = useRequest(useCallback(() => client.call('school:summary'), [client]));
  if (state.status === 'loading') return <p className="starting">Opening Staffroom…</p>;
  if (state.status === 'failed') {
    return (
      <main className="welcome">
        <Problem error={state.error} onRetry={retry} />
      </main>
    );
  }
  return state.value.open ? <Frame /> : <WelcomeScreen onOpened={retry} />;
}
