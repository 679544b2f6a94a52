/** School words the handlers need for labels and messages (the renderer has its own, richer set). */
import type { Day } from '../../solver/model/school-file';

export const DAY_NAMES: Readonly<Record<Day, string>> = {
  Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday',
};
