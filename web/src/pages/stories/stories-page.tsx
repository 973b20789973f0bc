/** The story bank: write STAR stories, see which values they cover, practise with them. */
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { usePack } from '../../pack-context.js';
import type { StoriesResponse, StoryJson } from '../progress/api-types.js';
import { AssessmentView } from './assessment-view.js';
import { CoverageMatrixView } from './coverage-matrix.js';
import { PractisePanel } from './practise-panel.js';
import { EMPTY_DRAFT, StoryForm, type StoryDraft } from './story-form.js';
import '../progress/progress.css';
import './stories.css';

function toDraft(s: StoryJson): StoryDraft {
  return { title: s.title, situation: s.situation, task: s.task, action: s.action, result: s.result, tags: [...s.tags] };
}

export function StoriesPage() {
  const pack = usePack();
  const { data, error, reload } = useApi<StoriesResponse>('/stories');
  const [editing, setEditing] = useState<StoryJson | undefined>(undefined);
  const [practising, setPractising] = useState<StoryJson | undefined>(undefined);
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  const target = data?.matrix.values.map((v) => ({ id: v.id, name: v.name })) ?? [];
  const values = [...target, ...pack.values.filter((v) => !target.some((t) => t.id === v.id)).map((v) => ({ id: v.id, name: v.name }))];
  const valueName = (id: string) => values.find((v) => v.id === id)?.name ?? id;

  const remove = async (s: StoryJson) => {
    if (!window.confirm(`Delete the story “${s.title}”? Attempts practised with it are kept.`)) return;
    try {
      await api.delete(`/stories/${encodeURIComponent(s.id)}`);
      if (editing?.id === s.id) setEditing(undefined);
      reload();
    } catch (err) {
      setActionError((err as Error).message);
    }
  };

  return (
    <div className="page stories-page">
      <h1>Story bank</h1>
      <p className="lead">Your own STAR stories. Keeper suggests the values each one shows and flags missing parts; the checklist asks for two strong stories per value.</p>
      {(error || actionError) && (
        <p role="alert" className="error">
          {error ?? actionError}
        </p>
      )}
      {data && <CoverageMatrixView matrix={data.matrix} />}
      {data && data.warnings.length > 0 && (
        <section className="card warnings" aria-labelledby="overuse-heading">
          <h2 id="overuse-heading">Overuse</h2>
          <ul>
            {data.warnings.map((w) => (
              <li key={`${w.scope}-${w.storyId}-${w.sessionId ?? ''}-${w.round ?? ''}`}>{w.message}</li>
            ))}
          </ul>
        </section>
      )}
      {values.length > 0 && (
        <StoryForm
          key={editing?.id ?? 'new'}
          initial={editing ? toDraft(editing) : EMPTY_DRAFT}
          editingId={editing?.id}
          values={values}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
          onCancel={editing ? () => setEditing(undefined) : undefined}
        />
      )}
      {practising && <PractisePanel story={practising} onDone={reload} onClose={() => setPractising(undefined)} />}
      <h2>Your stories {data ? <span className="muted small">({data.stories.length})</span> : null}</h2>
      <ul className="story-list">
        {(data?.stories ?? []).map(({ story, assessment, uses }) => (
          <li key={story.id} className="card story-card" data-testid="story-card">
            <div className="story-head">
              <h3>{story.title}</h3>
              <div className="chips">
                {assessment && <Chip tone={assessment.strong ? 'good' : 'warn'}>{assessment.strong ? 'strong' : 'not strong yet'}</Chip>}
                {story.tags.map((t) => (
                  <Chip key={t} tone={values.some((v) => v.id === t) ? 'value' : 'neutral'}>
                    {valueName(t)}
                  </Chip>
                ))}
                <span className="muted small">
                  practised {uses} time{uses === 1 ? '' : 's'}
                </span>
              </div>
            </div>
            <details>
              <summary>Read the story</summary>
              <dl className="star-sample">
                {(['situation', 'task', 'action', 'result'] as const).map((p) => (
                  <div key={p} className={`star-${p}`}>
                    <dt>{p}</dt>
                    <dd>{story[p] || <span className="muted">(empty)</span>}</dd>
                  </div>
                ))}
              </dl>
              {assessment && <AssessmentView assessment={assessment} valueName={valueName} />}
            </details>
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => setPractising(story)}>
                Practise with this story
              </button>
              <button type="button" className="button ghost" onClick={() => setEditing(story)}>
                Edit
              </button>
              <button type="button" className="button ghost" onClick={() => void remove(story)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
