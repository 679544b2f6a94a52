/** Plain-text tables for the benchmark's stdout. */
import type { Priority } from '../../solver/model';
import { PRIORITIES } from '../../solver/model';
import type { FilledByPriority } from '../../solver/planner/types';
import type { InstanceReport } from '../harness';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function filled(f: FilledByPriority): string {
  return PRIORITIES.map((p: Priority) => (f[p].demand ? `${f[p].filled}/${f[p].demand}` : '-')).join(' ');
}

function num(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(digits);
}

/** The planner-versus-reference table and the reference's own table. */
export function formatTable(reports: readonly InstanceReport[]): string {
  const parts: string[] = [];
  if (reports.some((r) => r.planner || r.plannerError)) {
    parts.push('Planner vs exact reference (fill per priority p1..p5 as filled/demand; ratios planner/reference)');
    parts.push(table(
      ['instance', 'staff', 'demand', 'plan ms', 'peak MB', 'replan ms', 'changed', 'planner fill p1..p5', '=opt', 'cont', 'ref cont', 'ratio', 'rep.wd', 'ref', 'viol'],
      reports.map((r) => {
        const p = r.planner;
        const ref = r.reference;
        if (!p) return [r.name, String(r.size.staff), String(r.size.demand), 'failed', '', '', '', r.plannerError?.slice(0, 40) ?? '', '', '', '', '', '', '', ''];
        const peak = p.memoryMethod === 'child' ? p.memory.processMaxRssMB : p.memory.sampledRssMB;
        const eq = r.ratios?.fillEqualsOptimum;
        return [
          r.name, String(r.size.staff), String(r.size.demand), num(p.medianMs), num(peak),
          p.replan ? num(p.replan.ms) : '-', p.replan ? `${p.replan.addedOrChanged}+${p.replan.removed}` : '-',
          filled(p.metrics.filled), eq === null || eq === undefined ? (ref ? 'n/p' : '-') : eq ? 'yes' : 'NO',
          String(p.metrics.continuity), ref ? String(ref.metrics.continuity) + (ref.continuityProven ? '' : '*') : '-',
          num(r.ratios?.continuity, 3), `${p.metrics.repeatedWithdrawals}/${ref ? ref.metrics.repeatedWithdrawals : '-'}`,
          ref ? filled(ref.metrics.filled) : '-', String(p.violations + (p.replan?.violations ?? 0)),
        ];
      }),
    ));
    parts.push('peak MB: child-process maxRSS (Node + school + planner); replan: ms and sessions added/changed+removed; =opt: fill equals the proven optimum (n/p: not proven); * continuity not proven optimal; rep.wd: repeated withdrawals planner/reference; viol: hard-rule violations (plan + re-plan).');
    parts.push('');
  }
  const withRef = reports.filter((r) => r.reference);
  if (withRef.length) {
    parts.push('Exact reference (HiGHS, lexicographic: fill p1..p5, then continuity)');
    parts.push(table(
      ['instance', 'staff', 'weeks', 'demand', 'ref s', 'fill p1..p5', 'fill', 'unproven stages: found <= bound', 'continuity', 'cont', 'rep.wd', 'rows x cols', 'nonzeros', 'HiGHS MB', 'viol', 'slowest stage'],
      withRef.map((r) => {
        const ref = r.reference as NonNullable<InstanceReport['reference']>;
        const slow = [...ref.stages].sort((a, b) => b.seconds - a.seconds)[0];
        const contBound = ref.continuityProven || ref.continuityBound === null ? '' : ` (>= ${num(ref.continuityBound, 1)})`;
        const open = ref.stages.filter((s) => !s.proven && s.stage !== 'continuity').map((s) => `${s.stage.replace('priority-', 'p')} ${s.objective}<=${Math.floor(s.bound + 1e-6)}`).join(' ');
        return [
          r.name + (ref.cached ? ' (cached)' : ''), String(r.size.staff), String(r.size.weeks), String(r.size.demand), num(ref.seconds, 1), filled(ref.metrics.filled),
          ref.fillProven ? 'proven' : 'NOT proven', open || '-', `${ref.continuity ?? '-'}${contBound}`, ref.continuityProven ? 'proven' : 'NOT proven',
          String(ref.metrics.repeatedWithdrawals), `${ref.model.rows} x ${ref.model.cols}`, String(ref.model.nonzeros), num(ref.highsMemoryMB),
          String(ref.violations), slow ? `${slow.stage} ${num(slow.seconds, 1)} s` : '-',
        ];
      }),
    ));
  }
  return parts.join('\n');
}
