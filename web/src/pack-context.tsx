/** The content pack summary (values, loops, facets…), loaded once and shared by every page. */
import { createContext, useContext, type ReactNode } from 'react';
import type { PackSummary } from './api/types.js';
import { useApi } from './api/use-api.js';

const PackContext = createContext<PackSummary | undefined>(undefined);

export function PackProvider({ children }: { children: ReactNode }) {
  const { data, error } = useApi<PackSummary>('/pack');
  if (error) return <div className="page"><p role="alert" className="error">Could not load the content pack: {error}</p></div>;
  if (!data) return <div className="page"><p className="muted">Loading…</p></div>;
  return <PackContext.Provider value={data}>{children}</PackContext.Provider>;
}

export function usePack(): PackSummary {
  const pack = useContext(PackContext);
  if (!pack) throw new Error('usePack outside PackProvider');
  return pack;
}
