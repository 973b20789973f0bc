import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeStores } from '../../test/support/store-harness.js';
import { LOCAL_USER_ID } from './index.js';

const media = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4]);
const wav = new Uint8Array([0x52, 0x49, 0x46, 0x46, 9, 9]);
const base = {
  id: 'rec1',
  userId: LOCAL_USER_ID,
  attemptId: undefined,
  questionId: 'q-courage',
  mimeType: 'audio/webm',
  durationSec: 12.5,
  transcript: null,
  createdAt: '2026-11-01T10:00:00.000Z',
};

describeStores('recordings store', (getStore) => {
  it('saves files and row, reads them back, links an attempt and stores a transcript', async () => {
    const { recordings } = getStore();
    const saved = await recordings.add(base, media, wav);
    expect(saved).toMatchObject({ id: 'rec1', size: 8, wavSize: 6, durationSec: 12.5 });
    expect(await recordings.readMedia(saved)).toEqual(media);
    expect(await recordings.readWav(saved)).toEqual(wav);
    expect(await recordings.update(LOCAL_USER_ID, 'rec1', { attemptId: 'a1', transcript: { text: 'hello', words: [] } })).toBe(true);
    const got = await recordings.get(LOCAL_USER_ID, 'rec1');
    expect(got).toMatchObject({ attemptId: 'a1', transcript: { text: 'hello', words: [] } });
    expect((await recordings.list(LOCAL_USER_ID, { attemptId: 'a1' })).map((r) => r.id)).toEqual(['rec1']);
    expect(await recordings.update(LOCAL_USER_ID, 'nope', { attemptId: 'a1' })).toBe(false);
  });

  it('deletes one, expired ones and all, with their files', async () => {
    const store = getStore();
    const { recordings } = store;
    await recordings.add(base, media);
    await recordings.add({ ...base, id: 'rec2', createdAt: '2026-11-05T10:00:00.000Z' }, media, wav);
    await recordings.add({ ...base, id: 'rec3', createdAt: '2026-11-09T10:00:00.000Z' }, media);
    const p1 = recordings.paths({ id: 'rec1', userId: LOCAL_USER_ID });
    expect(existsSync(p1.media)).toBe(true);
    expect(await recordings.remove(LOCAL_USER_ID, 'rec1')).toBe(true);
    expect(existsSync(p1.media)).toBe(false);
    expect(await recordings.removeOlderThan(LOCAL_USER_ID, '2026-11-06T00:00:00.000Z')).toBe(1);
    expect((await recordings.list(LOCAL_USER_ID)).map((r) => r.id)).toEqual(['rec3']);
    expect(await recordings.removeAll(LOCAL_USER_ID)).toBe(1);
    expect(existsSync(recordings.paths({ id: 'rec3', userId: LOCAL_USER_ID }).media)).toBe(false);
  });

  it('keeps users apart and refuses a duplicate id without losing the first files', async () => {
    const store = getStore();
    await store.users.add({ id: 'u2', name: 'Other', role: 'candidate', createdAt: base.createdAt });
    await store.recordings.add(base, media);
    expect(await store.recordings.get('u2', 'rec1')).toBeUndefined();
    expect(await store.recordings.remove('u2', 'rec1')).toBe(false);
    await expect(store.recordings.add(base, new Uint8Array([7]))).rejects.toThrow();
    expect(await store.recordings.readMedia({ id: 'rec1', userId: LOCAL_USER_ID })).toEqual(media);
  });

  it('uses safe file names for odd ids', async () => {
    const { recordings } = getStore();
    await recordings.add({ ...base, id: '../../etc:x' }, media);
    const p = recordings.paths({ id: '../../etc:x', userId: LOCAL_USER_ID });
    expect(p.media).not.toContain('..');
    expect(await recordings.readMedia({ id: '../../etc:x', userId: LOCAL_USER_ID })).toEqual(media);
  });
});
