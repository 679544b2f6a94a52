/** The places of the app frame, in navigation order. */
export const SECTIONS = [
  { id: 'plan', title: 'Plan' },
  { id: 'staff', title: 'Staff' },
  { id: 'pupils', title: 'Pupils' },
  { id: 'groups', title: 'Groups' },
  { id: 'cover', title: 'Cover' },
  { id: 'rooms', title: 'Rooms' },
  { id: 'skills', title: 'Skills' },
  { id: 'print', title: 'Print and export' },
  { id: 'import', title: 'Import' },
  { id: 'settings', title: 'Settings' },
] as const;

export type Section = (typeof SECTIONS)[number]['id'];
