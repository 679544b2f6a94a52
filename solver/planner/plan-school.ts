/**
 * The planner: places and staffs every group session and cover need it can, best first by
 * priority, then keeps sessions where they were, the same lead adult, preferred staff, fewer
 * repeated withdrawals and a spread week; explains what it cannot do; and returns only plans the
 * independent rule checker accepts.
 */
import type { School, Session } from '../model';
import { assembleSessions } from './assemble';
import { coverOptions } from './cover-options';
import { explainUnfilled } from './explain';
import { greedyPlacement, type Placement } from './greedy';
import { buildMaster } from './master';
import { groupOptions, type GroupOption } from './options';
import { prepare, type Prepared } from './prepare';
import { readPrevious, type PreviousPlan } from './previous';
import { clockFor } from './clock';
import { solvePlacement } from './placement';
import type { FilledByPriority, PlanOptions, PlanProgress, PlanResult } from './types';
import { verifyPlan } from './verify';

const DEFAULT_TIME_LIMIT_MS = 60_000;
const CONTINUITY_ROUNDS = 3;
/**
 * Independent parts of the model with more variables than this are beyond javascript-lp-solver
 * in a minute (measured: the demo and seeded 1,100-pupil secondaries stay under 700 per part, a
 * 120-staff trust has parts of 4,000+ whose first relaxation alone outlasts 60 s).
 */
const LARGEST_EXACT_PIECE = 2_000;
const SAME_ADULT_TRIES = 4;

/** Plans the whole school. Never throws for unmet demand; throws PlannerBugError for a broken plan. */
export function planSchool(school: School, options: PlanOptions = {}): PlanResult {
  const started = Date.now();
  const clock = clockFor(options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  // Later rounds re-solve fewer parts than the first, so their own fractions would jump back: a
  // progress bar only ever moves forward.
  let reached = 0;
  const report = (stage: PlanProgress['stage'], fraction: number, message: string) => {
    reached = Math.max(reached, fraction);
    options.onProgress?.({ stage, fraction: reached, message });
  };

  report('preparing', 0.02, 'Reading the school');
  const p = prepare(school);
  const previous = readPrevious(p, options.previous ?? school.plan?.sessions ?? []);
  const groupOpts = groupOptions(p);
  const coverOpts = coverOptions(p);

  const finish = (placement: Placement, status: PlanResult['status']): PlanResult => {
    const sessions = assembleSessions(p, groupOpts, placement, previous);
    return result(p, school, sessions, previous, status, started);
  };

  report('placing', 0.05, 'Making a first plan');
  let best = finish(greedyPlacement(p, groupOpts, coverOpts), 'stopped');
  verifyPlan(school, best.sessions);
  options.onPlan?.(best);

  let leads = initialLeads(p, previous);
  const load = demandOn(p);
  let sameAdultLeads = initialSameAdultLeads(p, previous, groupOpts, load);
  let status: PlanResult['status'] = 'complete';
  const attempt = (stage: PlanProgress['stage'], base: number, span: number, message: string, steer: Map<number, number>, fixed: Map<number, number>): PlanResult | 'too-big' | undefined => {
    report(stage, base, message);
    const master = buildMaster(p, groupOpts, coverOpts, fixed);
    if (Math.max(...master.builder.pieces().map((piece) => piece.length)) > LARGEST_EXACT_PIECE) return 'too-big';
    const outcome = solvePlacement(p, master, previous, steer, clock, (done, total) => report(stage, base + span * (done / total), `${message}: ${done} of ${total} parts`));
    if (!outcome.ok) return undefined;
    const placement: Placement = {
      sessions: [...outcome.staffing.sessions].map(([option, staff]) => ({ option, staff, room: outcome.rooms.get(option) })).sort((a, b) => a.option - b.option),
      cover: outcome.staffing.cover,
    };
    const candidate = finish(placement, 'complete');
    report('checking', base + span, 'Checking every rule');
    verifyPlan(school, candidate.sessions);
    return candidate;
  };

  for (let round = 0; round < CONTINUITY_ROUNDS; round++) {
    const base = 0.1 + (0.8 * round) / CONTINUITY_ROUNDS;
    const span = 0.8 / CONTINUITY_ROUNDS;
    const candidate = attempt(round === 0 ? 'placing' : 'continuity', base, span, round === 0 ? 'Placing sessions and staff' : 'Keeping the same adults with each group', leads, sameAdultLeads);
    // A trust-sized school: javascript-lp-solver's dense simplex would spend the whole budget on
    // one relaxation and return nothing better, so the checked first plan is the answer.
    if (candidate === 'too-big') {
      report('done', 1, 'This school is too big for the exact solver: keeping the first plan');
      break;
    }
    if (!candidate) {
      status = 'timed-out';
      break;
    }
    let improved = round === 0 || better(candidate, best) ? candidate : best;
    // A `sameAdult` group left short may fit better with another lead: try the next candidates.
    for (const group of sameAdultGroupsToRetry(p, improved, sameAdultLeads)) {
      for (const lead of sameAdultCandidates(p, groupOpts, group, load).filter((s) => s !== sameAdultLeads.get(group)).slice(0, SAME_ADULT_TRIES)) {
        if (clock.left() <= 0) break;
        const trial = new Map(sameAdultLeads).set(group, lead);
        const result = attempt('placing', base + span, 0, `Trying another lead for ${p.groups[group]!.group.name}`, leads, trial);
        if (result && result !== 'too-big' && betterFill(result, improved)) {
          improved = result;
          sameAdultLeads = trial;
          break;
        }
      }
    }
    if (improved !== best) {
      best = improved;
      options.onPlan?.(best);
    }
    const next = leadsOf(p, best.sessions, leads);
    if (sameMap(next, leads)) break;
    leads = next;
  }
  report('done', 1, 'Done');
  return { ...best, status, elapsedMs: Date.now() - started };
}

function result(p: Prepared, school: School, sessions: Session[], previous: PreviousPlan, status: PlanResult['status'], started: number): PlanResult {
  return {
    sessions,
    unfilled: explainUnfilled(p, sessions),
    status,
    changed: changedCount(previous.sessions, sessions),
    filled: filledByPriority(school, sessions),
    elapsedMs: Date.now() - started,
  };
}

/** Demand and what the sessions meet, per priority: group sessions and cover people. */
export function filledByPriority(school: School, sessions: readonly Session[]): FilledByPriority {
  const filled: FilledByPriority = { 1: { demand: 0, filled: 0 }, 2: { demand: 0, filled: 0 }, 3: { demand: 0, filled: 0 }, 4: { demand: 0, filled: 0 }, 5: { demand: 0, filled: 0 } };
  const weeks = school.calendar.weeks;
  for (const g of school.groups) {
    filled[g.priority].demand += g.sessionsPerWeek * weeks.length;
    for (const week of weeks) {
      const placed = sessions.filter((s) => s.group === g.id && (s.week ?? weeks[0]) === week).length;
      filled[g.priority].filled += Math.min(placed, g.sessionsPerWeek);
    }
  }
  for (const c of school.cover) {
    const need = c.staffNeeded ?? 1;
    for (const week of c.week === undefined ? weeks : [c.week]) {
      filled[c.priority].demand += need;
      const people = sessions.filter((s) => s.cover === c.id && (s.week ?? weeks[0]) === week).reduce((n, s) => n + s.staff.length, 0);
      filled[c.priority].filled += Math.min(people, need);
    }
  }
  return filled;
}

/** Sessions added, moved, restaffed or dropped compared with the plan before. */
export function changedCount(before: readonly Session[], after: readonly Session[]): number {
  const old = new Map(before.map((s) => [s.id, s]));
  let changed = 0;
  for (const s of after) {
    const o = old.get(s.id);
    if (!o) changed++;
    else if (o.week !== s.week || o.day !== s.day || o.period !== s.period || o.room !== s.room || o.staff.join() !== s.staff.join()) changed++;
    old.delete(s.id);
  }
  return changed + old.size;
}

function better(a: PlanResult, b: PlanResult): boolean {
  return betterFill(a, b) || (!betterFill(b, a) && distinctLeads(a.sessions) < distinctLeads(b.sessions));
}

/** More demand filled, priority by priority. */
function betterFill(a: PlanResult, b: PlanResult): boolean {
  for (const priority of [1, 2, 3, 4, 5] as const) {
    if (a.filled[priority].filled !== b.filled[priority].filled) return a.filled[priority].filled > b.filled[priority].filled;
  }
  return false;
}

/**
 * `sameAdult` groups (lead not fixed) worth another try: those left short, and those whose lead
 * could have taken demand that went unmet. Highest priority first.
 */
function sameAdultGroupsToRetry(p: Prepared, plan: PlanResult, leads: ReadonlyMap<number, number>): number[] {
  const short = new Set<number>();
  const wantedStaff = new Set<number>();
  for (const u of plan.unfilled) {
    if (u.group !== undefined) {
      const g = p.groupById.get(u.group)!;
      short.add(g);
      // A one-adult group with a named lead can only be helped by that lead being freed.
      const group = p.groups[g]!;
      for (const s of group.lead !== undefined && group.adults === 1 ? [group.lead] : group.eligible) wantedStaff.add(s);
    } else if (u.cover !== undefined) {
      for (const c of p.cover) if (c.cover.id === u.cover) for (const s of c.eligible) wantedStaff.add(s);
    }
  }
  return [...leads.keys()]
    .filter((g) => p.groups[g]!.pinnedLead === undefined && (short.has(g) || wantedStaff.has(leads.get(g)!)))
    .sort((a, b) => p.groups[a]!.group.priority - p.groups[b]!.group.priority || a - b);
}

/**
 * How much other demand leans on a person: for every group and cover item they could take, its
 * demand spread over everyone who could take it. A lead with little else to do is the safer choice.
 */
function demandOn(p: Prepared): Map<number, number> {
  const load = new Map<number, number>();
  const spread = (eligible: readonly number[], amount: number) => {
    for (const s of eligible) load.set(s, (load.get(s) ?? 0) + amount / eligible.length);
  };
  for (const g of p.groups) if (!(g.group.sameAdult && g.lead === undefined)) spread(g.eligible, g.wanted.reduce((a, b) => a + b, 0) * g.adults);
  for (const c of p.cover) spread(c.eligible, c.wanted);
  return load;
}

/** Possible leads of a group free for enough of its sessions (all free ones if none is), least needed elsewhere first. */
function sameAdultCandidates(p: Prepared, options: readonly GroupOption[], group: number, load: ReadonlyMap<number, number>): number[] {
  const g = p.groups[group]!;
  const free = new Map<number, number>();
  for (const o of options) if (o.group === group) for (const s of o.staff) free.set(s, (free.get(s) ?? 0) + 1);
  const needed = g.wanted.reduce((a, b) => a + b, 0);
  const enough = [...free].filter(([, n]) => n >= needed).map(([s]) => s);
  const pool = enough.length > 0 ? enough : [...free.keys()];
  // Preferred staff win ties and near-ties (within a tenth of a session of other demand).
  const score = (s: number) => (load.get(s) ?? 0) - (g.preferred.includes(s) ? 0.1 : 0);
  return pool.sort((a, b) => score(a) - score(b) || a - b);
}

/** The lead of each `sameAdult` group: pinned, as before, else the candidate least needed elsewhere. */
function initialSameAdultLeads(p: Prepared, previous: PreviousPlan, options: readonly GroupOption[], load: ReadonlyMap<number, number>): Map<number, number> {
  const leads = new Map<number, number>();
  const taken = new Map(load);
  const order = p.groups.filter((g) => g.group.sameAdult === true && g.lead === undefined).sort((a, b) => a.group.priority - b.group.priority || a.index - b.index);
  for (const g of order) {
    const candidates = sameAdultCandidates(p, options, g.index, taken);
    const lead = g.pinnedLead ?? previous.leads.get(g.index)?.find((s) => candidates.includes(s)) ?? candidates[0];
    if (lead === undefined) continue;
    leads.set(g.index, lead);
    // The next group sees this lead's new sessions.
    taken.set(lead, (taken.get(lead) ?? 0) + g.wanted.reduce((a, b) => a + b, 0));
  }
  return leads;
}

/** Sum over groups of the number of different lead adults (first staff member) across the cycle. */
export function distinctLeads(sessions: readonly Session[]): number {
  const leads = new Map<string, Set<string>>();
  for (const s of sessions) {
    if (s.group === undefined || s.staff[0] === undefined) continue;
    const set = leads.get(s.group) ?? new Set<string>();
    set.add(s.staff[0]);
    leads.set(s.group, set);
  }
  return [...leads.values()].reduce((n, set) => n + set.size, 0);
}

/** The lead each group starts steering towards: named lead, pinned, previous plan, first preferred. */
function initialLeads(p: Prepared, previous: PreviousPlan): Map<number, number> {
  const leads = new Map<number, number>();
  for (const g of p.groups) {
    const lead = g.lead ?? g.pinnedLead ?? previous.leads.get(g.index)?.[0] ?? g.preferred.find((s) => g.eligible.includes(s));
    if (lead !== undefined) leads.set(g.index, lead);
  }
  return leads;
}

/** Each group's most frequent lead in a plan (ties keep the current lead). */
function leadsOf(p: Prepared, sessions: readonly Session[], current: Map<number, number>): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const s of sessions) {
    const g = s.group === undefined ? undefined : p.groupById.get(s.group);
    const lead = s.staff[0] === undefined ? undefined : p.staffById.get(s.staff[0]);
    if (g === undefined || lead === undefined) continue;
    const c = counts.get(g) ?? new Map<number, number>();
    c.set(lead, (c.get(lead) ?? 0) + 1);
    counts.set(g, c);
  }
  const leads = new Map(current);
  for (const [g, c] of counts) {
    const top = Math.max(...c.values());
    const mine = current.get(g);
    if (mine !== undefined && c.get(mine) === top) continue;
    leads.set(g, [...c].filter(([, n]) => n === top).map(([s]) => s).sort((a, b) => a - b)[0]!);
  }
  return leads;
}

function sameMap(a: Map<number, number>, b: Map<number, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
