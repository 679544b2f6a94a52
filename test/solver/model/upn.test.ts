import { describe, expect, it } from 'vitest';
import type { School } from '../../../solver/model/school-file';
import { UPN_LETTERS, upnCheckLetter, upnProblem } from '../../../solver/model/upn';
import { demoSchool } from '../../fixtures/schools';

describe('the UPN check letter (CBDS)', () => {
  it('uses the 23 letters without I, O and S', () => {
    expect(UPN_LETTERS).toHaveLength(23);
    expect(UPN_LETTERS).not.toMatch(/[IOS]/);
  });

  it('gives P for the weighted sum 266 of the worked example that an MIS help article gets wrong', () => {
    // 2x2 + 4x7 + 9x1 + 10x6 + 12x4 + 13x9 = 266 = 11 x 23 + 13, and letter 13 is P.
    // The article adds it up to 267 and so prints Q; the UPN with Q is the mistyped one.
    expect(upnCheckLetter('B207000016049')).toBe('P');
    expect(upnProblem('P207000016049')).toBeNull();
    expect(upnProblem('Q207000016049')).toBe('has check letter "Q" but its digits give "P": a character is probably mistyped');
    expect(upnProblem('B207000016049')).toContain('digits give "P"');
  });

  it('counts a temporary UPN\'s final letter as its place among the 23 letters', () => {
    // Digits 9,9,9,2,0,4,5,1,8,0,0 at weights 2..12 sum to 248; A counts 0 and Z counts 22 x 13.
    expect(upnCheckLetter('?99920451800A')).toBe('V'); // 248 mod 23 = 18 -> V
    expect(upnCheckLetter('?99920451800Z')).toBe('F'); // (248 + 286) mod 23 = 5 -> F
    expect(upnProblem('V99920451800A')).toBeNull();
    expect(upnProblem('F99920451800Z')).toBeNull();
  });

  it('accepts every UPN of both demo schools', () => {
    const upns = [demoSchool('primary'), demoSchool('secondary')]
      .flatMap((school: School) => school.pupils.map((p) => p.upn))
      .filter((upn): upn is string => upn !== undefined);
    expect(upns.length).toBe(248);
    expect(upns.filter((upn) => upnProblem(upn) !== null)).toEqual([]);
  });

  it('catches a single mistyped digit and two swapped neighbours', () => {
    expect(upnProblem('G999241723107')).toBeNull();
    expect(upnProblem('G999241723108')).toContain('check letter "G"');
    expect(upnProblem('G999241732107')).toContain('check letter "G"');
  });
});

describe('the shape of a UPN', () => {
  const cases: [string, string][] = [
    ['G99924172310', 'has 12 characters; a UPN has 13'],
    ['G9992417231077', 'has 14 characters'],
    ['g999241723107', 'capital letters'],
    [' G99924172310', 'spaces before or after'],
    ['1999241723107', 'must start with its check letter'],
    ['O999241723107', 'the letters I, O and S are never used'],
    ['G9992417X3107', 'digits in places 2 to 12'],
    ['G99924172310S', 'ends in "S", but the letters I, O and S are never used'],
    ['G99924172310-', 'must end in a digit (or, for a temporary UPN, a letter)'],
  ];
  for (const [upn, words] of cases) {
    it(`explains what is wrong with ${JSON.stringify(upn)}`, () => {
      expect(upnProblem(upn)).toContain(words);
    });
  }
});
