/** Requests of the Settings page: archive import and delete-my-data. */
import { api } from '../../api/client.js';

export interface ImportResult {
  dryRun: boolean;
  message: string;
  added: Record<string, number>;
  conflicts: { kind: string; id: string }[];
}

export const DELETE_CONFIRMATION = 'delete my data';

export const dataApi = {
  /** The archive text goes as it is, so the server's checks see exactly the file. */
  importArchive: (archiveText: string, dryRun: boolean) => api.postRawJson<ImportResult>(`/import${dryRun ? '?dryRun=1' : ''}`, archiveText),
  deleteAll: () => api.delete<{ deleted: Record<string, number> }>('/data', { confirm: DELETE_CONFIRMATION }),
};
