/** Home: countdown to the interview, readiness, reviews due today, the next best practice, recent results, plan and checklist. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { query } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { roundLabel } from '../../labels.js';
import { practiceLink, tzOffset, type DashboardResponse, type PlanResponse, type Suggestion } from '../progress/api-types.js';
import { ReadinessPanel } from '../progress/readiness-panel.js';
import { ChecklistCard } from './checklist-card.js';
import { PlanCard } from './plan-card.js';
import { PrepForm } from './prep-form.js';
import '../progress/progress.css';
import './dashboard.css';

function suggestionLink(s: Suggestion): string {
  if (s.kind === 'story') return '/stories';
  if (s.kind === 'plan-task') return '/';
  if (s.questionId) return practiceLink(s.questionId, s.round);
  return '/practice';
}

const KIND_LABEL: Record<string, string> = { review: 'Review', round: 'Practise', story: 'Story', 'plan-task': 'Plan' };

function Countdown({ d, onEdit }: { d: DashboardResponse; onEdit: () => void }) {
  const c = d.countdown;
  if (!c) return null;
  const when = new Date(`${c.interviewDate}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
  const headline = c.daysLeft > 1 ? `${c.daysLeft} days to go` : c.daysLeft === 1 ? 'Tomorrow' : c.daysLeft === 0 ? 'Today is the day' : 'Interview done';
  return (
    <section className="card countdown" aria-labelledby="countdown-heading" data-testid="countdown">
      <h2 id="countdown-heading">{headline}</h2>
      <p className="muted">
        Interview on {when}
        {d.loop ? ` · ${d.loop.title}` : ''}.{' '}
        <button type="button" className="link-button" onClick={onEdit}>
          Change
        </button>
      </p>
    </section>
  );
}

export function DashboardPage() {
  const tz = query({ tz: tzOffset() });
  const dash = useApi<DashboardResponse>(`/dashboard${tz}`);
  const plan = useApi<PlanResponse>(`/plan${tz}`);
  const [editing, setEditing] = useState(false);
  const reload = () => {
    dash.reload();
    plan.reload();
  };
  const d = dash.data;

  return (
    <div className="page dashboard">
      <h1>Dashboard</h1>
      {dash.error && (
        <p role="alert" className="error">
          {dash.error}
        </p>
      )}
      {!d && !dash.error && <p className="muted">Loading…</p>}
      {d && (
        <>
          {!d.countdown || editing ? (
            <section className="card countdown" aria-labelledby="prep-heading">
              <h2 id="prep-heading">{d.countdown ? 'Change your interview' : 'When is your interview?'}</h2>
              <p className="muted">Keeper lays out a preparation plan backwards from the date and counts down.</p>
              <PrepForm
                current={d.preparation}
                onSaved={() => {
                  setEditing(false);
                  reload();
                }}
                onCancel={d.countdown ? () => setEditing(false) : undefined}
              />
            </section>
          ) : (
            <Countdown d={d} onEdit={() => setEditing(true)} />
          )}
          <div className="dash-grid">
            <ReadinessPanel readiness={d.readiness} loopTitle={d.loop?.title} />
            <section className="card" aria-labelledby="next-heading">
              <h2 id="next-heading">Next best practice</h2>
              {d.next.length === 0 ? (
                <p className="muted">Nothing pressing. Pick any question from the library.</p>
              ) : (
                <ol className="next-list" data-testid="next-practice">
                  {d.next.map((s, i) => (
                    <li key={`${s.kind}-${s.questionId ?? s.value ?? s.taskKey ?? i}`}>
                      <Chip tone={s.kind === 'review' ? 'warn' : s.kind === 'story' ? 'value' : 'round'}>{KIND_LABEL[s.kind]}</Chip>{' '}
                      <Link to={suggestionLink(s)}>{s.title}</Link>
                      <br />
                      <span className="muted small">{s.reason}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section className="card" aria-labelledby="due-heading" data-testid="due-today">
              <h2 id="due-heading">
                Due today <span className="muted small">· {d.due.length}</span>
              </h2>
              {d.due.length === 0 ? (
                <p className="muted">No reviews due. Weak answers come back here on a spaced schedule.</p>
              ) : (
                <ul className="plain-list">
                  {d.due.map((r) => (
                    <li key={r.questionId}>
                      <Link to={practiceLink(r.questionId, r.round)}>{r.title}</Link>{' '}
                      <span className="muted small">
                        last {r.lastScore} · {r.reviews} attempt{r.reviews === 1 ? '' : 's'}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="recent-heading">
              <h2 id="recent-heading">Recent results</h2>
              {d.recent.length === 0 ? (
                <p className="muted">
                  No attempts yet. <Link to="/practice">Answer your first question</Link>.
                </p>
              ) : (
                <ul className="plain-list" data-testid="recent-results">
                  {d.recent.map((a) => (
                    <li key={a.id}>
                      <Chip tone={a.score >= 75 ? 'good' : a.score >= 55 ? 'warn' : 'bad'}>{a.score}</Chip> {a.title} <span className="muted small">· {roundLabel(a.round)}</span>
                    </li>
                  ))}
                </ul>
              )}
              <p className="small">
                <Link to="/progress">All progress</Link> · <Link to="/stories">Stories: {d.stories.covered}/{d.stories.total} values covered</Link>
              </p>
            </section>
            {plan.data?.plan && <PlanCard plan={plan.data.plan} onChanged={reload} />}
            <ChecklistCard checklist={d.checklist} onChanged={reload} />
          </div>
        </>
      )}
    </div>
  );
}
