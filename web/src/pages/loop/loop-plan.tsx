/** The loop plan: rounds in order with length, interviewer, what each grades, and (on request) the questions and why. */
import { Chip } from '../../components/chips.js';
import { roundLabel } from '../../labels.js';
import type { LoopPlan, LoopState, RoundVerdict } from './loop-api.js';
import { VERDICT_TEXT, verdictTone } from './loop-api.js';

interface Props {
  readonly plan: LoopPlan;
  /** When running: the state, to mark rounds done / current. */
  readonly state?: LoopState;
  readonly verdicts?: readonly RoundVerdict[];
  readonly showQuestions?: boolean;
}

export function PlanView({ plan, state, verdicts, showQuestions = false }: Props) {
  const total = plan.rounds.reduce((sum, r) => sum + r.minutes, 0);
  return (
    <section className="loop-plan" aria-label="Loop plan">
      <p className="muted small">
        {plan.rounds.length} round{plan.rounds.length === 1 ? '' : 's'}, about {total < 1 ? total.toFixed(1) : Math.round(total)} minutes. {plan.decision.rule} {plan.decision.owner}
      </p>
      {plan.warnings.length > 0 && (
        <ul className="loop-warnings">
          {plan.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <ol className="loop-rounds">
        {plan.rounds.map((r, i) => {
          const rs = state?.rounds[i];
          const status = rs?.status === 'ended' ? 'done' : rs?.status === 'active' ? 'now' : 'later';
          const v = verdicts?.[i];
          return (
            <li key={r.id} className={`card loop-round loop-round-${status}`} aria-current={status === 'now' ? 'step' : undefined}>
              <div className="loop-round-head">
                <strong>{r.title}</strong>
                <span className="muted small">
                  {Math.round(r.minutes * 10) / 10} min · {r.interviewer}
                  {r.hiringManager ? ' (owns the decision)' : ''}
                </span>
                {status === 'done' && !v && <Chip tone="neutral">done</Chip>}
                {status === 'now' && <Chip tone="round">in progress</Chip>}
                {v && <Chip tone={verdictTone(v.verdict)}>{VERDICT_TEXT[v.verdict]}</Chip>}
              </div>
              <div className="chips">
                <Chip tone="round">{roundLabel(r.kind)}</Chip>
                {r.values.map((value) => (
                  <Chip key={value} tone="value">
                    {value}
                  </Chip>
                ))}
              </div>
              <p className="small loop-grades">Grades: {r.grades.join('; ')}</p>
              {showQuestions && (
                <ul className="loop-picks">
                  {r.items.map((item) => (
                    <li key={item.id}>
                      <span>{item.text}</span>
                      <span className="muted small"> — {item.reason}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
