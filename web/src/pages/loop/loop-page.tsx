/** Mock loop: choose role and level (and rounds), see the plan, start; and the list of past loops. */
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { RoleLevelFields } from '../../components/role-level-fields.js';
import { roleLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { PlanView } from './loop-plan.js';
import { loopApi, type LoopPlan, type LoopSummary, type PlanRequest } from './loop-api.js';
import './loop.css';

const PHASE: Record<string, string> = {
  ready: 'not started',
  'in-round': 'in a round',
  'between-rounds': 'between rounds',
  debriefing: 'waiting for the panel',
  finished: 'finished',
  abandoned: 'abandoned',
};

function newSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}

export function LoopPage() {
  const pack = usePack();
  const navigate = useNavigate();
  const loops = useApi<LoopSummary[]>('/loops');
  const roles = useMemo(() => [...new Set(pack.loops.map((l) => l.role))], [pack.loops]);
  const [role, setRole] = useState<string>(roles[0] ?? 'swe');
  const forRole = pack.loops.filter((l) => l.role === role);
  const levels: string[] = [...new Set(forRole.flatMap((l) => l.levels))];
  const [level, setLevel] = useState<string>(levels[0] ?? 'L5');
  const loop = forRole.find((l) => (l.levels as readonly string[]).includes(level)) ?? forRole[0];
  const [skipped, setSkipped] = useState<string[]>([]);
  const [short, setShort] = useState(false);
  const [seed, setSeed] = useState(newSeed);
  const [plan, setPlan] = useState<LoopPlan>();
  const [showQuestions, setShowQuestions] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const request = (): PlanRequest => ({
    role,
    level,
    seed,
    ...(loop ? { loopId: loop.id } : {}),
    ...(loop && skipped.length > 0 ? { roundIds: loop.rounds.filter((r) => !skipped.includes(r.id)).map((r) => r.id) } : {}),
    ...(short ? { minutes: 5 } : {}),
  });

  const run = async (what: 'plan' | 'start'): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      if (what === 'plan') setPlan(await loopApi.plan(request()));
      else {
        const created = await loopApi.create(request());
        navigate(`/loop/${created.id}`);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const changed = (fn: () => void) => () => {
    fn();
    setPlan(undefined);
  };

  return (
    <div className="page loop-page">
      <h1>Mock loop</h1>
      <p className="lead">
        Run a whole interview loop, round after round under time boxes. Each interviewer follows up on the gaps in your answers; at the end every
        interviewer gives a verdict and the panel decides, unanimously.
      </p>
      {pack.loops.length === 0 ? (
        <p className="empty">The content pack has no loops yet.</p>
      ) : (
        <section className="card loop-setup" aria-label="Choose your loop">
          <div className="filters">
            <RoleLevelFields
              roles={roles}
              levels={levels}
              role={role}
              level={level}
              onRole={(r) =>
                changed(() => {
                  setRole(r);
                  setLevel(pack.loops.find((l) => l.role === r)?.levels[0] ?? level);
                  setSkipped([]);
                })()
              }
              onLevel={(l) => changed(() => setLevel(l))()}
            />
            <label className="field">
              Seed
              <input type="text" value={seed} onChange={(e) => changed(() => setSeed(e.target.value))()} aria-describedby="seed-help" />
            </label>
            <label className="check">
              <input type="checkbox" checked={short} onChange={(e) => changed(() => setShort(e.target.checked))()} /> Short rounds (5 minutes each)
            </label>
          </div>
          <p id="seed-help" className="muted small">
            The same seed and practice history give the same questions, so you can rerun a loop exactly.
          </p>
          {loop && (
            <fieldset className="loop-round-picker">
              <legend>Rounds of “{loop.title}”</legend>
              {loop.rounds.map((r) => (
                <label key={r.id} className="check">
                  <input
                    type="checkbox"
                    checked={!skipped.includes(r.id)}
                    onChange={(e) => changed(() => setSkipped(e.target.checked ? skipped.filter((s) => s !== r.id) : [...skipped, r.id]))()}
                  />{' '}
                  {r.title} <span className="muted small">({r.minutes} min{r.optional ? ', optional' : ''})</span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="actions">
            <button type="button" className="button ghost" disabled={busy} onClick={() => void run('plan')}>
              See the plan
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void run('start')}>
              Start the loop
            </button>
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </section>
      )}

      {plan && (
        <>
          <h2>The plan</h2>
          <label className="check small">
            <input type="checkbox" checked={showQuestions} onChange={(e) => setShowQuestions(e.target.checked)} /> Show the questions and why each was chosen (spoils the surprise)
          </label>
          <PlanView plan={plan} showQuestions={showQuestions} />
        </>
      )}

      <h2>Your loops</h2>
      {loops.error && <p role="alert" className="error">{loops.error}</p>}
      {loops.data && loops.data.length === 0 && <p className="empty">No loops yet. Your finished loops are kept here with every answer and verdict.</p>}
      <ul className="plain-list loop-list">
        {(loops.data ?? []).map((l) => (
          <li key={l.id} className="card">
            <Link to={`/loop/${l.id}`}>{l.title}</Link>{' '}
            <span className="muted small">
              {roleLabel(l.role)} · {l.level} · {new Date(l.updatedAt).toLocaleString()}
            </span>{' '}
            <Chip tone={l.decision === 'offer' ? 'good' : l.decision === 'no-offer' ? 'bad' : 'neutral'}>
              {l.decision === 'offer' ? 'offer' : l.decision === 'no-offer' ? 'no offer' : PHASE[l.phase] ?? l.phase}
            </Chip>
          </li>
        ))}
      </ul>
    </div>
  );
}
