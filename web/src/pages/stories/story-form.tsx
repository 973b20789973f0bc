/** Write or edit a STAR story; "Check" runs the analysis without saving, "Save" stores it (assessed on save). */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { StoryAssessment, StoryJson } from '../progress/api-types.js';
import { AssessmentView } from './assessment-view.js';

export interface StoryDraft {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string[];
}

export const EMPTY_DRAFT: StoryDraft = { title: '', situation: '', task: '', action: '', result: '', tags: [] };

const PARTS = [
  { key: 'situation', label: 'Situation', hint: 'Where, when, what was at stake (1–2 sentences).' },
  { key: 'task', label: 'Task', hint: 'What you personally owned or had to achieve.' },
  { key: 'action', label: 'Action', hint: 'What you did, step by step, with "I".' },
  { key: 'result', label: 'Result', hint: 'The outcome with numbers, and what you learned.' },
] as const;

export function StoryForm({
  initial,
  editingId,
  values,
  onSaved,
  onCancel,
}: {
  initial: StoryDraft;
  editingId: string | undefined;
  values: readonly { id: string; name: string }[];
  onSaved: (story: StoryJson, assessment: StoryAssessment) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<StoryDraft>(initial);
  const [extraTags, setExtraTags] = useState(initial.tags.filter((t) => !values.some((v) => v.id === t)).join(', '));
  const [assessment, setAssessment] = useState<StoryAssessment | undefined>(undefined);
  /** Title of the story just saved, when the assessment shown is of a saved story (the form is then empty). */
  const [savedTitle, setSavedTitle] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const valueName = (id: string) => values.find((v) => v.id === id)?.name ?? id;

  const payload = (): StoryDraft => {
    const free = extraTags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    return { ...draft, tags: [...new Set([...draft.tags.filter((t) => values.some((v) => v.id === t)), ...free])] };
  };
  const toggleValue = (id: string, on: boolean) =>
    setDraft((d) => ({ ...d, tags: on ? [...new Set([...d.tags, id])] : d.tags.filter((t) => t !== id) }));

  const run = async (save: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      if (save) {
        const res = editingId
          ? await api.put<{ story: StoryJson; assessment: StoryAssessment }>(`/stories/${encodeURIComponent(editingId)}`, payload())
          : await api.post<{ story: StoryJson; assessment: StoryAssessment }>('/stories', payload());
        setAssessment(res.assessment);
        setSavedTitle(res.story.title);
        onSaved(res.story, res.assessment);
        if (!editingId) {
          setDraft(EMPTY_DRAFT);
          setExtraTags('');
        }
      } else {
        setAssessment(await api.post<StoryAssessment>('/stories/analyze', payload()));
        setSavedTitle(undefined);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };

  return (
    <form className="card story-form" onSubmit={submit} aria-labelledby="story-form-heading">
      <h2 id="story-form-heading">{editingId ? 'Edit story' : 'Add a story'}</h2>
      <label className="field">
        Title
        <input type="text" required maxLength={200} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} placeholder="e.g. Pushed back on a risky launch" />
      </label>
      <div className="star-fields">
        {PARTS.map((p) => (
          <label key={p.key} className={`field star-field star-${p.key}`}>
            <span>
              <strong>{p.label}</strong> <span className="small">{p.hint}</span>
            </span>
            <textarea rows={3} value={draft[p.key]} onChange={(e) => setDraft({ ...draft, [p.key]: e.target.value })} />
          </label>
        ))}
      </div>
      <fieldset className="value-tags">
        <legend>Values this story shows</legend>
        {values.map((v) => (
          <label key={v.id} className="check">
            <input type="checkbox" checked={draft.tags.includes(v.id)} onChange={(e) => toggleValue(v.id, e.target.checked)} /> {v.name}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Other tags (comma-separated)
        <input type="text" value={extraTags} onChange={(e) => setExtraTags(e.target.value)} placeholder="e.g. launch, incident, 2023" />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {editingId ? 'Save changes' : 'Save story'}
        </button>
        <button type="button" className="button secondary" disabled={busy} onClick={() => void run(false)}>
          Check story
        </button>
        {onCancel && (
          <button type="button" className="button ghost" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {assessment && savedTitle && <p className="saved-note">Saved “{savedTitle}”. What the analysis says about it:</p>}
      {assessment && <AssessmentView assessment={assessment} valueName={valueName} onAddTag={savedTitle ? undefined : (v) => toggleValue(v, true)} />}
    </form>
  );
}
