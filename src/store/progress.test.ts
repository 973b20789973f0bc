import { expect, it } from 'vitest';
import { describeStores } from '../../test/support/store-harness.js';
import { LOCAL_USER_ID, type StoredStory } from './index.js';

const story: StoredStory = {
  id: 's1',
  userId: LOCAL_USER_ID,
  title: 'Pushed back on a launch',
  situation: 'Launch week.',
  task: 'I owned playback.',
  action: 'I wrote a risk note.',
  result: 'Zero incidents.',
  tags: ['courage', 'favourite'],
  assessment: { score: 72, strong: true, values: [{ value: 'courage' }] },
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describeStores('progress store', (getStore) => {
  it('stores, lists, updates and removes stories', async () => {
    const { progress } = getStore();
    await progress.addStory(story);
    await progress.addStory({ ...story, id: 's0', title: 'Later', createdAt: '2026-11-02T10:00:00.000Z', assessment: null });
    expect(await progress.getStory(LOCAL_USER_ID, 's1')).toEqual(story);
    expect((await progress.listStories(LOCAL_USER_ID)).map((s) => s.id)).toEqual(['s1', 's0']);
    expect(await progress.updateStory({ ...story, title: 'Renamed', tags: [], updatedAt: '2026-11-03T10:00:00.000Z' })).toBe(true);
    expect(await progress.getStory(LOCAL_USER_ID, 's1')).toMatchObject({ title: 'Renamed', tags: [], createdAt: story.createdAt, updatedAt: '2026-11-03T10:00:00.000Z' });
    expect(await progress.updateStory({ ...story, id: 'missing' })).toBe(false);
    expect(await progress.getStory('someone-else', 's1')).toBeUndefined();
    expect(await progress.removeStory(LOCAL_USER_ID, 's1')).toBe(true);
    expect(await progress.removeStory(LOCAL_USER_ID, 's1')).toBe(false);
  });

  it('keeps ticks per scope and lets them be changed and cleared', async () => {
    const { progress } = getStore();
    await progress.setTick(LOCAL_USER_ID, 'checklist', 'memo', true, '2026-11-01T10:00:00.000Z');
    await progress.setTick(LOCAL_USER_ID, 'plan', 'eight/values', true, '2026-11-01T10:00:00.000Z');
    await progress.setTick(LOCAL_USER_ID, 'plan', 'eight/values', false, '2026-11-02T10:00:00.000Z');
    expect(await progress.ticks(LOCAL_USER_ID, 'checklist')).toEqual({ memo: true });
    expect(await progress.ticks(LOCAL_USER_ID, 'plan')).toEqual({ 'eight/values': false });
    expect(await progress.clearTick(LOCAL_USER_ID, 'plan', 'eight/values')).toBe(true);
    expect(await progress.ticks(LOCAL_USER_ID, 'plan')).toEqual({});
  });

  it('keeps one review override per question', async () => {
    const { progress } = getStore();
    await progress.setOverride(LOCAL_USER_ID, { questionId: 'q1', dropped: false, snoozedUntil: '2026-11-05T00:00:00.000Z', at: '2026-11-01T10:00:00.000Z' });
    await progress.setOverride(LOCAL_USER_ID, { questionId: 'q1', dropped: true, snoozedUntil: undefined, at: '2026-11-02T10:00:00.000Z' });
    expect(await progress.overrides(LOCAL_USER_ID)).toEqual([{ questionId: 'q1', dropped: true, snoozedUntil: undefined, at: '2026-11-02T10:00:00.000Z' }]);
    expect(await progress.removeAll(LOCAL_USER_ID)).toBe(1);
    expect(await progress.overrides(LOCAL_USER_ID)).toEqual([]);
  });
});
