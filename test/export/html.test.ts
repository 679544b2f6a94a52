import { describe, expect, it } from 'vitest';
import { EXPORT_VIEWS, PRINT_STYLESHEET, renderExport, type ExportView } from '../../export';
import type { School } from '../../solver/model/school-file';
import { plannedSchool } from '../fixtures/planned';
import { elsa, session, tinySchool } from '../fixtures/tiny-school';

const clock = { today: '2025-09-22', now: new Date('2025-09-22T07:15:00Z') };
const html = (school: School, view: ExportView, extra: { who?: string[]; day?: 'Mon'; date?: string } = {}) => {
  const { files } = renderExport(school, { view, format: 'html', ...(view === 'day' && !extra.date ? { day: 'Mon' as const } : {}), ...extra }, clock);
  expect(files).toHaveLength(1);
  return files[0]!.text;
};

/** A school whose names try to break out of the page: markup, a script, an attribute, a remote image. */
function hostile(): School {
  return tinySchool((s) => {
    s.school.name = 'St Mary’s <script>alert("school")</script>';
    s.staff[0]!.name = 'Ms "Khan" <img src=https://evil.example/x onerror=alert(1)>';
    s.groups[0]!.name = '</td><style>body{display:none}</style>ELSA & co';
    s.pupils[0]!.name = "Amy O'Neil <b onmouseover=alert(2)>";
    s.rooms[0]!.name = 'Room <a href="http://evil.example">1</a>';
    s.plan = { sessions: [elsa('e1'), session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: ['ODE'] })] };
  });
}

describe('the exported HTML', () => {
  const school = hostile();

  it.each(EXPORT_VIEWS)('%s: stands alone and runs nothing: no script, handler, style attribute, link or remote address', (view) => {
    const page = html(school, view);
    expect(page.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    // Every "<" in the page starts real markup (text has them escaped), so these are all the tags there are.
    const tags = page.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<\/?(script|img|a|link|iframe|object|embed|form|base|svg|math)\b/i);
      expect(tag).not.toMatch(/\s(on[a-z]+|style|src|href|action|srcset|xlink:href)\s*=/i);
    }
    expect(page).not.toMatch(/https?:\/\/(?!evil\.example)/);
    expect(page).not.toMatch(/@import|url\(/i);
    // The one stylesheet, exactly as the app's Content-Security-Policy allows it by hash.
    expect(page.split('<style>')).toHaveLength(2);
    expect(page).toContain(`<style>${PRINT_STYLESHEET}</style>`);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">');
  });

  it('escapes every name, so what a name says stays text', () => {
    const page = html(school, 'staff');
    expect(page).toContain('St Mary’s &lt;script&gt;alert(&quot;school&quot;)&lt;/script&gt;');
    expect(page).toContain('Ms &quot;Khan&quot; &lt;img src=https://evil.example/x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;/td&gt;&lt;style&gt;body{display:none}&lt;/style&gt;ELSA &amp; co');
    expect(page).toContain('Amy O&#39;Neil &lt;b onmouseover=alert(2)&gt;');
    expect(page).toContain('Room &lt;a href=&quot;http://evil.example&quot;&gt;1&lt;/a&gt;');
  });

  it('gives each adult a sheet of their own, each with the school, the weeks and the date printed', () => {
    const page = html(plannedSchool('secondary'), 'staff');
    const sheets = page.split('<section class="sheet').slice(1);
    const secondary = plannedSchool('secondary');
    expect(sheets).toHaveLength(secondary.staff.length);
    for (const [i, sheet] of sheets.entries()) {
      expect(sheet).toContain('<p class="school">Elderwood Vale Academy</p>');
      expect(sheet).toContain(`<h1 id="sheet-${i + 1}">${secondary.staff[i]!.name}</h1>`);
      expect(sheet).toContain('<p class="weeks">Week A and Week B</p><p>Printed Monday 22 September 2025 (Week B)</p>');
    }
    expect(page).toContain('<body class="cycle-2">');
  });

  it('marks every session with its tone (colour and pattern) and a printed tag, and keys the tones used', () => {
    const page = html(plannedSchool('primary'), 'staff', { who: ['H02'] });
    expect(page).toMatch(/<div class="entry t-SEMH"><div class="head"><span class="tag">SEMH<\/span>/);
    expect(page).toContain('SEMH: Intervention: social, emotional and mental health');
    for (const tone of ['CI', 'CL', 'SEMH', 'SP', 'ppa', 'absence', 'duty', 'post', 'lesson', 'busy', 'away']) {
      expect(PRINT_STYLESHEET).toContain(`.t-${tone} {`);
    }
  });

  it('says so when there is nothing to print', () => {
    const empty = tinySchool((s) => {
      s.cover = [];
    });
    expect(html(empty, 'ppa')).toContain('This school has no PPA cover or absence cover to plan.');
    expect(html(empty, 'rota')).toContain('No adult has a session in the plan yet.');
    expect(html(empty, 'staff', { who: ['PARK'] })).toContain('Nothing is timetabled for Mr Park.');
    expect(html(empty, 'day')).toContain('No adult has a session on Monday.');
  });
});
