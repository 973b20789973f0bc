import { describe, expect, it } from 'vitest';
import { buildPack, fileKind } from './build.js';

describe('fileKind', () => {
  it('recognises pack files by path', () => {
    expect(fileKind('pack.yaml')).toBe('meta');
    expect(fileKind('questions/courage.yaml')).toBe('questions');
    expect(fileKind('problems/ttl-cache/problem.yaml')).toBe('problem');
    expect(fileKind('problems/ttl-cache/tests.yaml')).toBe('problem-file');
    expect(fileKind('random.txt')).toBeUndefined();
  });
});

describe('buildPack', () => {
  it('reports every problem, not just the first', () => {
    const result = buildPack([{ path: 'questions/a.yaml', data: { questions: [{ id: 'Bad Id' }] } }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.issues.map((i) => `${i.file}:${i.path.join('.')}`);
    expect(messages).toContain('questions/a.yaml:questions.0.id');
    expect(messages).toContain('questions/a.yaml:questions.0.text');
    expect(messages).toContain('pack.yaml:');
    expect(messages).toContain('values.yaml:');
  });
});
