/**
 * Things worth telling a school that do not make the file invalid: a mistyped UPN, a lapsed
 * certificate, a named lead who cannot run their own group. Kept few, so they are read.
 */
import { quote } from '../json-path';
import type { Findings } from '../problem';
import type { Group, School, Staff } from '../school-file';
import { upnProblem } from '../upn';
import { lookupsOf, type Lookups } from './lookups';

/** Reports mistyped or repeated UPNs, skills lapsed by `calendar.asOf`, and group leads who cannot lead. */
export function warnAboutSchool(school: School, found: Findings): void {
  const lookups = lookupsOf(school);
  warnAboutUpns(school, found);
  warnAboutLapsedSkills(school, found, lookups);
  school.groups.forEach((group, i) => {
    if (group.pupils.length === 0) found.warning(`$.groups[${i}].pupils`, `group ${quote(group.name)} has no pupils, so it will be planned for nobody`);
    if (group.lead !== undefined) warnAboutLead(school, found, `$.groups[${i}].lead`, group, lookups);
  });
}

function warnAboutUpns(school: School, found: Findings): void {
  const holder = new Map<string, number>();
  school.pupils.forEach((pupil, i) => {
    if (pupil.upn === undefined) return;
    const path = `$.pupils[${i}].upn`;
    const problem = upnProblem(pupil.upn);
    if (problem !== null) found.warning(path, `UPN ${quote(pupil.upn)} ${problem}`);
    const earlier = holder.get(pupil.upn);
    if (earlier === undefined) holder.set(pupil.upn, i);
    else found.warning(path, `UPN ${quote(pupil.upn)} is also given to pupil ${quote(school.pupils[earlier]?.id ?? '')} ($.pupils[${earlier}]): each pupil has their own`);
  });
}

function warnAboutLapsedSkills(school: School, found: Findings, lookups: Lookups): void {
  const asOf = school.calendar.asOf;
  if (asOf === undefined) return;
  school.staff.forEach((person, i) => {
    person.skills.forEach((held, k) => {
      if (held.expires === undefined || held.expires >= asOf) return;
      const skill = lookups.skills.get(held.skill)?.name ?? held.skill;
      found.warning(`$.staff[${i}].skills[${k}].expires`,
        `${person.name}'s ${skill} expired on ${held.expires}, before the plan date ${asOf}: they will not be given work that needs it`);
    });
  });
}

function warnAboutLead(school: School, found: Findings, path: string, group: Group, lookups: Lookups): void {
  const lead = lookups.staff.get(group.lead ?? '');
  if (lead === undefined) return;
  if (group.preferredStaff !== undefined && !group.preferredStaff.includes(lead.id)) {
    found.warning(path, `${lead.name} leads group ${quote(group.name)} but is not among its preferred staff`);
  }
  const reasons = leadReasons(school, group, lead, lookups);
  if (reasons.length > 0) {
    found.warning(path, `${lead.name} must lead every session of group ${quote(group.name)} but ${reasons.join(', and ')}: the group cannot run`);
  }
}

function leadReasons(school: School, group: Group, lead: Staff, lookups: Lookups): string[] {
  const reasons: string[] = [];
  const asOf = school.calendar.asOf;
  for (const skill of group.skills) {
    const held = lead.skills.find((h) => h.skill === skill);
    const name = lookups.skills.get(skill)?.name ?? skill;
    if (held === undefined) reasons.push(`does not hold ${name}`);
    else if (asOf !== undefined && held.expires !== undefined && held.expires < asOf) reasons.push(`their ${name} has expired`);
  }
  if (group.roles !== undefined && !group.roles.includes(lead.role)) {
    reasons.push(`is a ${lead.role} and the group allows only ${group.roles.join(', ')}`);
  }
  if (group.staffSex !== undefined && lead.sex !== group.staffSex) {
    reasons.push(`the group needs ${group.staffSex === 'F' ? 'female' : 'male'} adults`);
  }
  return reasons;
}
