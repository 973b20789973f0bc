/** Saved attempts for the question, newest first, with their scores; one can be reopened. */
import { Chip } from '../../components/chips.js';
import type { Attempt } from './practice-types.js';

const when = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
};

export function AttemptsList({ attempts, openId, onOpen }: { attempts: readonly Attempt[]; openId: string | undefined; onOpen(a: Attempt): void }) {
  if (attempts.length === 0) return <p className="empty">No attempts yet for this question.</p>;
  return (
    <ol className="attempts" aria-label="Past attempts">
      {attempts.map((a) => (
        <li key={a.id} className={`attempt${a.id === openId ? ' open' : ''}`}>
          <span className="attempt-score" aria-label={`Score ${a.score}`}>
            {a.score}
          </span>
          <span className="attempt-when">{when(a.createdAt)}</span>
          {a.kind === 'follow-up' && <Chip>follow-up</Chip>}
          <span className="attempt-verdict muted">{a.analysis?.verdict ?? ''}</span>
          <button type="button" className="button ghost" onClick={() => onOpen(a)} aria-label={`Show the attempt from ${when(a.createdAt)}`}>
            Show
          </button>
        </li>
      ))}
    </ol>
  );
}
