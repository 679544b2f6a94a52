/**
 * Hard rule 4: every adult on a group session holds every skill of the group, unexpired on
 * `calendar.asOf` when that is given (valid up to and including `expires`); likewise for a cover
 * item's skills. Roles and `specifiedWork` are respected.
 */
import { formatDate, listWords, roleWithArticle, rolesPlural } from './describe';
import { staffName, type RuleContext } from './rule-context';

/** Checks rule 4 for the judged session. */
export function checkSkillsAndRoles(ctx: RuleContext): void {
  const { facts, self } = ctx;
  const ids = [self.session.id];
  const skills = self.group?.group.skills ?? self.cover?.cover.skills ?? [];
  const roles = self.group?.group.roles ?? self.cover?.cover.roles;
  const specifiedWork = self.cover?.cover.specifiedWork === true;
  const asOf = facts.calendar.asOf;

  for (const s of self.staff) {
    const person = facts.staff[s];
    if (person === undefined) continue;
    const name = staffName(ctx, s);
    const missing: string[] = [];
    const expired: string[] = [];
    for (const skill of skills) {
      const held = person.skills.get(skill);
      const skillName = facts.skillNames.get(skill) ?? skill;
      if (held === undefined) missing.push(skillName);
      else if (asOf !== undefined && held !== null && held < asOf) expired.push(`${skillName} expired on ${formatDate(held)}`);
    }
    if (missing.length > 0) {
      ctx.emit(() => ({
        rule: 4, code: 'skill-missing', sessions: ids,
        message: `${name} is not trained in ${listWords(missing)}, which ${self.what} needs`,
      }));
    }
    if (expired.length > 0) {
      ctx.emit(() => ({
        rule: 4, code: 'skill-expired', sessions: ids,
        message: `${name}'s training for ${self.what} is out of date on ${formatDate(asOf ?? '')}: ${listWords(expired)}`,
      }));
    }
    if (roles !== undefined && !roles.includes(person.staff.role)) {
      ctx.emit(() => ({
        rule: 4, code: 'role-not-allowed', sessions: ids,
        message: `${self.what} is for ${rolesPlural(roles)} only, and ${name} is ${roleWithArticle(person.staff.role)}`,
      }));
    }
    if (specifiedWork && !person.staff.specifiedWork) {
      ctx.emit(() => ({
        rule: 4, code: 'needs-specified-work', sessions: ids,
        message: `${self.what} involves teaching the class, and ${name} is not authorised for specified work`,
      }));
    }
  }
}
