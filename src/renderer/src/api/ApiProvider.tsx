import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/contract';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useClient(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useClient: no ApiProvider above this component');
  return client;
}
