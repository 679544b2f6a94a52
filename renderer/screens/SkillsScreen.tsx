/** The skills and training catalogue, by area of need, with who holds each and what needs it. */
import type { Skill } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import type { Column } from '../components/SortableTable';
import { ListWithForms } from '../editing/ListWithForms';
import { SkillForm } from '../forms/SkillForm';
import { SKILL_AREA_NAMES, type SchoolIndex } from '../school/words';

function count(n: number, one: string, many: string): string {
  return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
}

const AREA_ORDER = ['CI', 'CL', 'SEMH', 'SP', 'medical', 'behaviour', 'general'];

export function SkillsScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const { school } = index;
  const heldBy = (s: Skill) => school.staff.filter((p) => p.skills.some((k) => k.skill === s.id)).length;
  const groupsNeeding = (s: Skill) => school.groups.filter((g) => g.skills.includes(s.id)).length;
  const coverNeeding = (s: Skill) => school.cover.filter((c) => c.skills?.includes(s.id)).length;
  const neededBy = (s: Skill) => groupsNeeding(s) + coverNeeding(s);
  const neededInWords = (s: Skill) => {
    const parts = [count(groupsNeeding(s), 'group', 'groups'), count(coverNeeding(s), 'cover item', 'cover items')].filter((p) => p !== '');
    return parts.length === 0 ? 'Nothing yet' : parts.join(', ');
  };
  const columns: Column<Skill>[] = [
    { header: 'Area', text: (s) => (s.area ? SKILL_AREA_NAMES[s.area] : 'No particular area'), sortValue: (s) => (s.area ? AREA_ORDER.indexOf(s.area) : AREA_ORDER.length) },
    { header: 'Skill or training', text: (s) => s.name },
    { header: 'Held by', text: (s) => `${heldBy(s)} staff`, sortValue: heldBy, className: 'number' },
    { header: 'Needed by', text: neededInWords, sortValue: neededBy },
  ];
  return (
    <ListWithForms
      kind="skill"
      caption={`Skills and training at ${school.school.name}, by area of need`}
      noun="skills"
      one="skill"
      rows={school.skills}
      columns={columns}
      name={(s) => `skill ${s.name}`}
      remove={(id) => client.call('skill:delete', { id, withLinks: true })}
      form={(row, done) => <SkillForm skill={row} done={done} />}
    />
  );
}
