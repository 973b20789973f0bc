import { expect, it } from 'vitest';
import { describeStores } from '../../test/support/store-harness.js';
import { LOCAL_USER_ID, type StoredLoop } from './index.js';

const base: StoredLoop = {
  id: 'l1',
  userId: LOCAL_USER_ID,
  loopId: 'swe-l5',
  title: 'Senior Software Engineer (L5)',
  role: 'swe',
  level: 'L5',
  phase: 'in-round',
  decision: undefined,
  state: { version: 1, phase: 'in-round', rounds: [{ exchanges: [{ answer: 'I pushed back — “politely”, 100%.' }] }] },
  revision: 1,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describeStores('loop store', (getStore) => {
  it('stores a loop and reads it back unchanged', async () => {
    const store = getStore();
    await store.loops.add(base);
    expect(await store.loops.get(LOCAL_USER_ID, 'l1')).toEqual(base);
    expect(await store.loops.get(LOCAL_USER_ID, 'nope')).toBeUndefined();
  });

  it('updates only from the expected revision', async () => {
    const store = getStore();
    await store.loops.add(base);
    const next = { ...base, phase: 'finished', decision: 'offer', state: { done: true }, revision: 2, updatedAt: '2026-11-01T11:00:00.000Z' };
    expect(await store.loops.update(next)).toBe(true);
    // A second writer that also read revision 1 loses.
    expect(await store.loops.update({ ...next, state: { other: true } })).toBe(false);
    expect(await store.loops.get(LOCAL_USER_ID, 'l1')).toEqual(next);
    expect(await store.loops.update({ ...next, id: 'missing', revision: 2 })).toBe(false);
  });

  it('lists summaries, most recently updated first, filtered by phase', async () => {
    const store = getStore();
    await store.loops.add(base);
    await store.loops.add({ ...base, id: 'l2', phase: 'finished', decision: 'no-offer', updatedAt: '2026-11-02T10:00:00.000Z' });
    const list = await store.loops.list(LOCAL_USER_ID);
    expect(list.map((l) => l.id)).toEqual(['l2', 'l1']);
    expect(list[0]).toMatchObject({ decision: 'no-offer', revision: 1 });
    expect(list[0]).not.toHaveProperty('state');
    expect((await store.loops.list(LOCAL_USER_ID, { phase: 'in-round' })).map((l) => l.id)).toEqual(['l1']);
  });

  it('keeps users apart and removes loops', async () => {
    const store = getStore();
    await store.users.add({ id: 'u2', name: 'Other', role: 'candidate', createdAt: '2026-11-01T00:00:00.000Z' });
    await store.loops.add(base);
    await store.loops.add({ ...base, id: 'l9', userId: 'u2' });
    expect((await store.loops.list('u2')).map((l) => l.id)).toEqual(['l9']);
    expect(await store.loops.get('u2', 'l1')).toBeUndefined();
    expect(await store.loops.remove('u2', 'l1')).toBe(false);
    expect(await store.loops.remove(LOCAL_USER_ID, 'l1')).toBe(true);
    expect(await store.loops.list(LOCAL_USER_ID)).toEqual([]);
  });
});
