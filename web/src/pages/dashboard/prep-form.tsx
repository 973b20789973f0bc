/** Set (or change) the interview date, role and level; the plan is laid out from it. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { RoleLevelFields } from '../../components/role-level-fields.js';
import { usePack } from '../../pack-context.js';
import { tzOffset, type PrepSettings } from '../progress/api-types.js';

export function PrepForm({ current, onSaved, onCancel }: { current: PrepSettings | null; onSaved: () => void; onCancel?: () => void }) {
  const pack = usePack();
  const [date, setDate] = useState(current?.interviewDate ?? '');
  const [role, setRole] = useState(current?.role ?? pack.facets.roles[0] ?? 'swe');
  const [level, setLevel] = useState(current?.level ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.put('/plan', { interviewDate: date, role, ...(level ? { level } : {}), tz: tzOffset() });
      onSaved();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const roles = pack.facets.roles.length > 0 ? pack.facets.roles : ['swe'];
  return (
    <form className="prep-form" onSubmit={(e) => void submit(e)} aria-label="Set your interview">
      <div className="filters">
        <label className="field">
          Interview date
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <RoleLevelFields roles={roles} levels={pack.facets.levels} role={role} level={level} onRole={setRole} onLevel={setLevel} anyLevel="Any" />
        <div className="actions inline">
          <button type="submit" className="button" disabled={busy || !date}>
            {current ? 'Update plan' : 'Build my plan'}
          </button>
          {onCancel && (
            <button type="button" className="button ghost" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
