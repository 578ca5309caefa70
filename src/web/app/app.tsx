import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../kit/i18n';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { sessionQueryKey } from '../kit/session/session-query';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createQueryClient(() => {
  // The session ended elsewhere: forget it and let the route guard send the person to log in.
  queryClient.setQueryData(sessionQueryKey, null);
  void router.invalidate();
});
const router = createAppRouter(queryClient);

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
