/** What the analysis says about a story: strength, value tags to add (with the sentence that shows each), missing parts. */
import { Chip } from '../../components/chips.js';
import type { StoryAssessment } from '../progress/api-types.js';

const PART_LABEL: Record<string, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

export function AssessmentView({ assessment, onAddTag, valueName }: { assessment: StoryAssessment; onAddTag?: (value: string) => void; valueName: (id: string) => string }) {
  const suggested = assessment.values.filter((v) => !v.tagged);
  return (
    <div className="assessment" aria-live="polite" data-testid="assessment">
      <p className="assessment-head">
        <Chip tone={assessment.strong ? 'good' : assessment.score >= 40 ? 'warn' : 'bad'}>{assessment.strong ? 'Strong story' : 'Not strong yet'}</Chip>{' '}
        <span className="muted small">
          score {Math.round(assessment.score)} · {assessment.verdict.replace(/-/g, ' ')}
        </span>
      </p>
      {assessment.flags.length > 0 && (
        <ul className="story-flags">
          {assessment.flags.map((f) => (
            <li key={f.code + f.message} className={f.code.startsWith('missing-') ? 'flag-missing' : undefined}>
              {f.parts.length > 0 && <strong>{f.parts.map((p) => PART_LABEL[p] ?? p).join(', ')}: </strong>}
              {f.message}
            </li>
          ))}
        </ul>
      )}
      {suggested.length > 0 && (
        <div className="suggestions">
          <h4>Values this story shows</h4>
          <ul>
            {suggested.map((v) => (
              <li key={v.value}>
                <Chip tone="value">{v.name}</Chip>{' '}
                {v.evidence[0] && (
                  <q className="evidence">
                    {v.evidence[0].sentence}
                    {v.evidence[0].part ? <span className="muted small"> ({PART_LABEL[v.evidence[0].part]})</span> : null}
                  </q>
                )}{' '}
                {onAddTag && (
                  <button type="button" className="button ghost small-button" onClick={() => onAddTag(v.value)}>
                    Tag {v.name}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {assessment.unsupportedTags.length > 0 && (
        <p className="muted small">
          Tagged but not shown yet: {assessment.unsupportedTags.map(valueName).join(', ')} — add a sentence that shows it, or remove the tag.
        </p>
      )}
    </div>
  );
}
