import { Button, MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { RouterProvider } from 'react-router';
import { queryClient } from '../lib/query-client.ts';
import { SessionProvider } from '../lib/session.tsx';
import { reloadOnStaleChunk } from './reload-on-stale-chunk.ts';
import { router } from './router.tsx';

// Colours chosen for WCAG AA contrast on white (checked by axe in the browser tests).
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  // People who ask their system for less motion get no transitions.
  respectReducedMotion: true,
  components: {
    // A label longer than a phone is wide ("Megnyitás a Funding & Tenders Portalon") wraps
    // instead of pushing the page sideways; one-line buttons keep their height.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%', paddingBlock: 6 },
        label: { whiteSpace: 'normal', textAlign: 'center', overflow: 'visible', lineHeight: 1.3 },
      },
    }),
  },
});

// Mantine's default "dimmed" grey and error red are 3.3:1 on white; gray-7 and red-9 pass AA.
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});

reloadOnStaleChunk();

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          {/* Until the visitor's language has loaded (lib/i18n.ts): no text to show yet, not even "Loading". */}
          <Suspense fallback={null}>
            <RouterProvider router={router} />
          </Suspense>
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
