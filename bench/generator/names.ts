/** Fictional names and valid-looking UPNs for generated schools (no real people). */
import type { Random } from './random';

const FORENAMES_F = [
  'Aisha', 'Maya', 'Olivia', 'Amelia', 'Isla', 'Freya', 'Zara', 'Priya', 'Niamh', 'Chloe', 'Hannah', 'Leah',
  'Grace', 'Ruby', 'Poppy', 'Evie', 'Sophie', 'Imani', 'Fatima', 'Layla', 'Erin', 'Megan', 'Jessica', 'Mabel',
  'Rosa', 'Nadia', 'Keira', 'Alice', 'Ella', 'Martha',
];
const FORENAMES_M = [
  'Oliver', 'George', 'Harry', 'Noah', 'Leo', 'Arthur', 'Oscar', 'Jacob', 'Ibrahim', 'Kai', 'Luca', 'Finn',
  'Ethan', 'Reuben', 'Yusuf', 'Tom', 'Daniel', 'Samuel', 'Henry', 'Aaron', 'Owen', 'Rhys', 'Callum', 'Amir',
  'Joseph', 'Felix', 'Max', 'Tariq', 'Elliot', 'Ben',
];
const SURNAMES = [
  'Shah', 'Baxter', 'Okafor', 'Whitlock', 'Hardcastle', 'Allerton', 'Hussain', 'Greenhalgh', 'Patel', 'Murphy',
  'Kowalski', 'Ahmed', 'Brennan', 'Clarke', 'Dawson', 'Evans', 'Fletcher', 'Gallagher', 'Holloway', 'Iqbal',
  'Jennings', 'Khan', 'Lister', 'Mensah', 'Nowak', "O'Neill", 'Pearson', 'Quinn', 'Rahman', 'Sutcliffe',
  'Thornton', 'Varga', 'Walsh', 'Yilmaz', 'Ashworth', 'Barraclough', 'Coates', 'Dunmore', 'Ellery', 'Farrow',
];

/** A fictional person's name; `sex` chooses the forename list. */
export function personName(rng: Random, sex: 'F' | 'M'): string {
  return `${rng.pick(sex === 'F' ? FORENAMES_F : FORENAMES_M)} ${rng.pick(SURNAMES)}`;
}

const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * A permanent UPN with a correct CBDS check letter: LA code 999 (not a real LA), a 4-digit
 * establishment number, 2-digit allocation year and 3-digit serial.
 */
export function upn(establishment: number, year: number, serial: number): string {
  const digits = `999${String(establishment).padStart(4, '0')}${String(year % 100).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * (i + 2);
  return `${CHECK_LETTERS[sum % 23]}${digits}`;
}

export const PRIMARY_CLASS_NAMES = [
  'Robins', 'Wrens', 'Owls', 'Kestrels', 'Herons', 'Swifts', 'Kingfishers', 'Falcons', 'Puffins', 'Larks',
  'Finches', 'Ospreys', 'Curlews', 'Merlins', 'Plovers', 'Nightingales', 'Swallows', 'Jays',
];
