/** Everyone on the staff: role, when they work, and their skills and training with expiry. */
import type { Staff } from '../../solver/model/school-file';
import type { Column } from '../components/SortableTable';
import { useClient } from '../api/ClientContext';
import { ListWithForms } from '../editing/ListWithForms';
import { StaffForm } from '../forms/StaffForm';
import { ROLE_NAMES, dateInWords, expiryInWords, judgingDate, workingPattern, type SchoolIndex } from '../school/words';

export function StaffScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const { calendar } = index.school;
  const onDate = judgingDate(calendar);
  const skillsText = (staff: Staff) =>
    staff.skills.map((s) => `${index.skillName(s.skill)} ${expiryInWords(s.expires, onDate)?.text ?? ''}`).join(', ');
  const columns: Column<Staff>[] = [
    {
      header: 'Name',
      text: (s) => (s.left ? `${s.name} (left ${dateInWords(s.left)})` : s.name),
      render: (s) => (
        <>
          {s.name}
          {s.left && <span className="tag left-tag">Left {dateInWords(s.left)}</span>}
        </>
      ),
      className: 'nowrap',
    },
    { header: 'Role', text: (s) => ROLE_NAMES[s.role], className: 'nowrap' },
    { header: 'Working days', text: (s) => workingPattern(calendar, s) },
    {
      header: 'Skills and training',
      text: skillsText,
      render: (s) => (s.skills.length === 0 ? <span className="muted">None recorded</span> : <SkillList staff={s} index={index} onDate={onDate} />),
    },
    // Short, so the list fits beside its Edit and Delete buttons; the form explains specified work.
    { header: 'May teach', text: (s) => (s.specifiedWork ? 'Yes' : 'No') },
  ];
  return (
    <ListWithForms
      kind="staff"
      caption={`Staff of ${index.school.school.name}${calendar.asOf ? `; training judged on ${dateInWords(calendar.asOf)}` : ''}`}
      noun="staff"
      one="member of staff"
      rows={index.school.staff}
      columns={columns}
      name={(s) => s.name}
      remove={(id) => client.call('staff:delete', { id, withLinks: true })}
      form={(row, done) => <StaffForm staff={row} done={done} />}
    />
  );
}

function SkillList({ staff, index, onDate }: { staff: Staff; index: SchoolIndex; onDate: string }) {
  return (
    <ul className="plain">
      {staff.skills.map((s) => {
        const expiry = expiryInWords(s.expires, onDate);
        return (
          <li key={s.skill}>
            {index.skillName(s.skill)}
            {expiry && <span className={expiry.expired ? 'expired' : 'muted'}> ({expiry.text})</span>}
          </li>
        );
      })}
    </ul>
  );
}
