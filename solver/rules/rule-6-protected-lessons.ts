/** Hard rule 6: no pupil of a group is withdrawn from a `protected` lesson. */
import { slotWordsOf, type RuleContext } from './rule-context';

/** Checks rule 6 for the judged session: one report per pupil who would miss a protected lesson. */
export function checkProtectedLessons(ctx: RuleContext): void {
  const { facts, self } = ctx;
  if (self.group === undefined) return;
  for (const pupil of self.group.pupils) {
    const base = pupil * facts.slotCount;
    for (const slot of self.slots) {
      const lesson = facts.pupilProtected[base + slot];
      if (lesson === undefined) continue;
      ctx.emit(() => ({
        rule: 6, code: 'protected-lesson', sessions: [self.session.id],
        message: `${facts.pupilNames[pupil] ?? 'A pupil'} would miss protected ${lesson.subject} on ${slotWordsOf(ctx, slot)} to attend ${self.what}`,
      }));
      break;
    }
  }
}
