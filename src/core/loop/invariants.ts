/**
 * What must hold for every loop state, whatever events produced it. Used by the property tests
 * and by outer layers that load a state from storage. Returns the broken rules (empty when fine).
 * Pure.
 */
import { MAX_FOLLOW_UPS_PER_ROUND } from './follow-ups.js';
import type { LoopState } from './types.js';

const OPEN = new Set(['pending', 'shown']);

export function checkInvariants(state: LoopState): string[] {
  const problems: string[] = [];
  const fail = (rule: string): void => {
    problems.push(rule);
  };
  if (state.version !== 1) fail('version is 1');
  if (state.rounds.length !== state.plan.rounds.length) fail('one round state per planned round');
  if (state.current < -1 || state.current >= state.rounds.length) fail('current round index is in range');
  if (state.clock < state.createdAt) fail('clock never goes before creation');
  if (state.phase === 'ready' && state.current !== -1) fail('current is -1 while ready');
  if (state.current === -1 && state.phase !== 'ready' && state.phase !== 'abandoned') fail('a round has started unless ready or abandoned before starting');

  state.rounds.forEach((round, i) => {
    const planned = state.plan.rounds[i];
    const where = `round ${i}`;
    if (!planned) return;
    if (i < state.current && round.status !== 'ended') fail(`${where}: rounds before the current one have ended`);
    if (i > state.current && round.status !== 'pending') fail(`${where}: rounds after the current one are pending`);
    if (i === state.current && state.phase === 'in-round' && round.status !== 'active') fail(`${where}: the current round is active while in-round`);
    if (round.status === 'active' && !(state.phase === 'in-round' && i === state.current)) fail(`${where}: only the current round is active, and only in-round`);
    if (round.status === 'pending' && round.exchanges.length > 0) fail(`${where}: a pending round has no exchanges`);
    if (round.status !== 'pending' && (round.startedAt === undefined || round.deadline === undefined)) fail(`${where}: a started round has a start and a deadline`);
    if (round.status === 'ended' && (round.endedAt === undefined || round.endReason === undefined)) fail(`${where}: an ended round has an end time and reason`);
    if (round.startedAt !== undefined && round.endedAt !== undefined && round.endedAt < round.startedAt) fail(`${where}: ends after it starts`);
    if (round.status === 'ended' && round.queue.length > 0) fail(`${where}: an ended round has no queued follow-ups`);
    if (round.nextItem > planned.items.length) fail(`${where}: next item is within the plan`);
    const followUps = round.exchanges.filter((e) => e.kind === 'follow-up');
    if (followUps.length + round.queue.length > MAX_FOLLOW_UPS_PER_ROUND) fail(`${where}: at most ${MAX_FOLLOW_UPS_PER_ROUND} follow-ups`);
    const mains = round.exchanges.filter((e) => e.kind !== 'follow-up');
    if (mains.length !== round.nextItem) fail(`${where}: one main exchange per item asked`);
    mains.forEach((e, j) => {
      if (e.item !== j) fail(`${where}: main exchanges follow the plan in order`);
    });
    const ids = new Set(round.exchanges.map((e) => e.id));
    if (ids.size !== round.exchanges.length) fail(`${where}: exchange ids are unique`);
    round.exchanges.forEach((e, j) => {
      const last = j === round.exchanges.length - 1;
      if (OPEN.has(e.status) && !(last && round.status === 'active')) fail(`${where}: only the last exchange of the active round is open`);
      if (e.status === 'analysing' && round.status === 'active' && !last) fail(`${where}: the active round waits on its last exchange only`);
      if ((e.status === 'done' || e.status === 'analysing') && e.answer === undefined && e.code === undefined) fail(`${where}: an answered exchange has its answer`);
      if (e.status === 'done' && e.analysis === undefined) fail(`${where}: a done exchange has its analysis`);
      if (e.kind === 'follow-up' && !e.followUp) fail(`${where}: a follow-up says why it was asked`);
      if (e.status === 'shown' && e.shownAt === undefined) fail(`${where}: a shown prompt has its time`);
    });
  });
  const analysing = state.rounds.some((r) => r.exchanges.some((e) => e.status === 'analysing'));
  if (state.phase === 'finished') {
    if (!state.debrief) fail('a finished loop has its debrief');
    if (state.rounds.some((r) => r.status !== 'ended')) fail('a finished loop has every round ended');
    if (analysing) fail('a finished loop waits on no analysis');
    if (state.finishedAt === undefined) fail('a finished loop has its finish time');
  } else if (state.debrief) fail('only a finished loop has a debrief');
  if (state.phase === 'debriefing' && !analysing) fail('debriefing means waiting on an analysis');
  if (state.phase === 'between-rounds' && state.current >= state.rounds.length - 1) fail('between rounds means a next round exists');
  if (state.phase === 'abandoned' && state.abandonedAt === undefined) fail('an abandoned loop has its time');
  return problems;
}
