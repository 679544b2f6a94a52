/** The views and formats an export may ask for: plain values with no imports, for the contract and the app's pickers. */
export const EXPORT_VIEWS = ['staff', 'groups', 'pupils', 'rooms', 'rota', 'ppa', 'day'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export const EXPORT_FORMATS = ['html', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const VIEW_TITLES: Readonly<Record<ExportView, string>> = {
  staff: 'Timetables for adults',
  groups: 'Intervention group timetables',
  pupils: 'Pupil timetables',
  rooms: 'Room timetables',
  rota: 'Whole-school rota',
  ppa: 'PPA and class cover',
  day: 'Daily sheet',
};
