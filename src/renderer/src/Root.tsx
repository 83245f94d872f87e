import { MantineProvider } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../../shared/api/contract';
import { ApiProvider } from './api/ApiProvider';
import { App } from './App';
import { NoticeProvider } from './components/common/Notices';
import { DEFAULT_BRAND, makeTheme } from './theme';

/** Providers; the theme follows the open study's brand colour. */
export function Root({ client }: { client: ApiClient }) {
  const [brand, setBrand] = useState(DEFAULT_BRAND);
  const theme = useMemo(() => makeTheme(brand), [brand]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <NoticeProvider>
        <ApiProvider client={client}>
          <App onBrand={setBrand} />
        </ApiProvider>
      </NoticeProvider>
    </MantineProvider>
  );
}
