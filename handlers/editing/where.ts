/** Problems an edit would cause elsewhere in the school, said with names instead of JSON paths. */
import type { FieldProblem } from '../../api/edits';
import type { Problem } from '../../solver/model/validate';
import type { School } from '../../solver/model/school-file';

const SHOWN = 4;

/** Up to a few problems as "Where: what", then how many more there are. */
export function elsewhereInWords(problems: readonly Problem[], school: School): FieldProblem[] {
  const shown = problems.slice(0, SHOWN).map((p) => ({ field: '', message: `${whereInWords(p.path, school)}: ${p.message}` }));
  const more = problems.length - shown.length;
  if (more > 0) shown.push({ field: '', message: `… and ${more} more problem${more === 1 ? '' : 's'} like these elsewhere in the school.` });
  return shown;
}

/** "Aisha Shah (staff)", "a lesson of class 7X/En1", "the calendar" for a JSON path. */
export function whereInWords(path: string, school: School): string {
  const session = /^\$\.plan\.sessions\[(\d+)\]/.exec(path);
  if (session) return `Planned session ${school.plan?.sessions[Number(session[1])]?.id ?? ''}`.trim();
  if (path.startsWith('$.plan')) return 'The plan';
  if (path.startsWith('$.calendar')) return 'The calendar';
  if (path.startsWith('$.school')) return 'The school';
  const match = /^\$\.([a-z]+)\[(\d+)\]/.exec(path);
  if (!match) return 'The school file';
  const at = Number(match[2]);
  switch (match[1]) {
    case 'staff':
      return `${school.staff[at]?.name ?? 'A member of staff'} (staff)`;
    case 'pupils':
      return `${school.pupils[at]?.name ?? 'A pupil'} (pupil)`;
    case 'groups':
      return `Group ${school.groups[at]?.name ?? ''}`.trim();
    case 'cover':
      return `Cover “${school.cover[at]?.label ?? ''}”`;
    case 'classes':
      return `Class ${school.classes[at]?.name ?? ''}`.trim();
    case 'lessons': {
      const lesson = school.lessons[at];
      const name = school.classes.find((c) => c.id === lesson?.class)?.name ?? lesson?.class ?? '';
      return `A lesson of class ${name}`.trim();
    }
    case 'rooms':
      return `Room ${school.rooms[at]?.name ?? ''}`.trim();
    case 'skills':
      return `Skill ${school.skills[at]?.name ?? ''}`.trim();
    default:
      return 'The school file';
  }
}
