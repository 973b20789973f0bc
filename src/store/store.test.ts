import { expect, it } from 'vitest';
import { describeStores } from '../../test/support/store-harness.js';
import { LOCAL_USER_ID, type Attempt } from './index.js';

const base: Attempt = {
  id: 'a1',
  userId: LOCAL_USER_ID,
  kind: 'behavioral',
  questionId: 'q-courage',
  answer: 'I pushed back on the launch date.',
  analysis: { kind: 'behavioral', score: 71, nested: { list: [1, 2, 3] } },
  score: 71,
  meta: { seconds: 95 },
  createdAt: '2026-11-01T10:00:00.000Z',
};

describeStores('core store', (getStore) => {
  it('creates the implicit local user on open', async () => {
    const user = await getStore().users.get(LOCAL_USER_ID);
    expect(user?.role).toBe('candidate');
  });

  it('stores an attempt and reads it back unchanged', async () => {
    const store = getStore();
    await store.attempts.add(base);
    expect(await store.attempts.get(LOCAL_USER_ID, 'a1')).toEqual(base);
    expect(await store.attempts.count(LOCAL_USER_ID)).toBe(1);
  });

  it('lists newest first with filters and paging', async () => {
    const store = getStore();
    await store.attempts.add(base);
    await store.attempts.add({ ...base, id: 'a2', questionId: 'q-other', createdAt: '2026-11-02T10:00:00.000Z', score: 40.5 });
    await store.attempts.add({ ...base, id: 'a3', kind: 'coding', createdAt: '2026-11-03T10:00:00.000Z' });
    expect((await store.attempts.list(LOCAL_USER_ID)).map((a) => a.id)).toEqual(['a3', 'a2', 'a1']);
    expect((await store.attempts.list(LOCAL_USER_ID, { questionId: 'q-courage' })).map((a) => a.id)).toEqual(['a3', 'a1']);
    expect((await store.attempts.list(LOCAL_USER_ID, { kind: 'coding' })).map((a) => a.id)).toEqual(['a3']);
    expect((await store.attempts.list(LOCAL_USER_ID, { since: '2026-11-02T00:00:00.000Z' })).map((a) => a.id)).toEqual(['a3', 'a2']);
    expect((await store.attempts.list(LOCAL_USER_ID, { limit: 1, offset: 1 })).map((a) => a.id)).toEqual(['a2']);
    expect((await store.attempts.get(LOCAL_USER_ID, 'a2'))?.score).toBe(40.5);
  });

  it('keeps each user to their own attempts', async () => {
    const store = getStore();
    await store.users.add({ id: 'u2', name: 'Other', role: 'candidate', createdAt: '2026-11-01T00:00:00.000Z' });
    await store.attempts.add(base);
    await store.attempts.add({ ...base, id: 'b1', userId: 'u2' });
    expect((await store.attempts.list('u2')).map((a) => a.id)).toEqual(['b1']);
    expect(await store.attempts.get('u2', 'a1')).toBeUndefined();
    expect(await store.attempts.remove('u2', 'a1')).toBe(false);
    expect(await store.attempts.removeAll('u2')).toBe(1);
    expect(await store.attempts.count(LOCAL_USER_ID)).toBe(1);
  });

  it('rejects a duplicate attempt id without losing the first', async () => {
    const store = getStore();
    await store.attempts.add(base);
    await expect(store.attempts.add({ ...base, answer: 'changed' })).rejects.toThrow();
    expect((await store.attempts.get(LOCAL_USER_ID, 'a1'))?.answer).toBe(base.answer);
  });

  it('upserts settings as JSON values', async () => {
    const store = getStore();
    const now = new Date('2026-11-01T00:00:00Z');
    await store.settings.set(LOCAL_USER_ID, 'timer', { seconds: 120, autoSubmit: true }, now);
    await store.settings.set(LOCAL_USER_ID, 'timer', { seconds: 90, autoSubmit: false }, now);
    await store.settings.set(LOCAL_USER_ID, 'interviewDate', '2026-12-24', now);
    expect(await store.settings.get(LOCAL_USER_ID, 'timer')).toEqual({ seconds: 90, autoSubmit: false });
    expect(await store.settings.all(LOCAL_USER_ID)).toEqual({ interviewDate: '2026-12-24', timer: { seconds: 90, autoSubmit: false } });
    expect(await store.settings.get(LOCAL_USER_ID, 'missing')).toBeUndefined();
  });
});
