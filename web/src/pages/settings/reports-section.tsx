/** PDF reports to keep: progress, recent attempts, finished mock loops. */
import { useEffect } from 'react';
import { useApi } from '../../api/use-api.js';
import { ReportButton } from '../../components/report-links.js';

interface AttemptRow {
  id: string;
  questionId: string;
  score: number;
  createdAt: string;
}
interface LoopRow {
  id: string;
  title: string;
  decision?: string;
  updatedAt: string;
}

export function ReportsSection({ refreshKey }: { refreshKey: number }) {
  const attempts = useApi<AttemptRow[]>('/attempts?limit=8');
  const loops = useApi<LoopRow[]>('/loops?phase=finished');
  const { reload: reloadAttempts } = attempts;
  const { reload: reloadLoops } = loops;
  useEffect(() => {
    reloadAttempts();
    reloadLoops();
  }, [refreshKey, reloadAttempts, reloadLoops]);

  return (
    <section className="card settings-section" aria-labelledby="reports-title">
      <h2 id="reports-title">Reports (PDF)</h2>
      <div className="actions">
        <ReportButton kind="progress" />
      </div>
      {attempts.data && attempts.data.length > 0 && (
        <>
          <h3>Recent answers</h3>
          <ul className="report-list">
            {attempts.data.map((a) => (
              <li key={a.id}>
                <span>
                  {new Date(a.createdAt).toLocaleDateString()} · {a.questionId} · score {Math.round(a.score)}
                </span>
                <ReportButton kind="attempt" id={a.id} label="PDF" />
              </li>
            ))}
          </ul>
        </>
      )}
      {loops.data && loops.data.length > 0 && (
        <>
          <h3>Mock loops</h3>
          <ul className="report-list">
            {loops.data.map((l) => (
              <li key={l.id}>
                <span>
                  {new Date(l.updatedAt).toLocaleDateString()} · {l.title}
                  {l.decision ? ` · ${l.decision.replace('-', ' ')}` : ''}
                </span>
                <ReportButton kind="loop" id={l.id} label="Debrief PDF" />
              </li>
            ))}
          </ul>
        </>
      )}
      {attempts.data?.length === 0 && <p className="muted">No answers yet: reports appear here once you practise.</p>}
    </section>
  );
}
