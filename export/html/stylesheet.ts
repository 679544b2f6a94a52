/**
 * The one stylesheet of every printed or exported page, inlined in each file so the file stands
 * alone. It never varies with the school: the app's Content-Security-Policy allows exactly this
 * text by its hash, so the app can show and print the same HTML it exports. Everything that
 * varies lives in the markup, as classes; the markup has no style attributes and no scripts.
 *
 * Paper: A4 landscape, a header on every page (the sheet's own header repeats when a sheet runs
 * on), page numbers in the bottom margin, and for every kind of session a colour and a pattern
 * (CSS gradients, printed even where the print dialog leaves "background graphics" off) plus a
 * printed tag, so a black-and-white copy still reads.
 */
export const PRINT_STYLESHEET = `
@page { size: A4 landscape; margin: 9mm 8mm 11mm 8mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #444; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 8pt/1.25 Arial, "Liberation Sans", Helvetica, sans-serif; color: #000; background: #fff; }
h1, h2, h3, p { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.sheet { break-before: page; }
.sheet:first-child { break-before: auto; }
.frame { width: 100%; border-collapse: collapse; }
.frame > thead > tr > td, .frame > tbody > tr > td { padding: 0; vertical-align: top; }
.page-head { display: grid; grid-template-columns: 1fr auto; align-items: end; gap: 0 6mm; border-bottom: 0.5mm solid #000; padding-bottom: 1mm; margin-bottom: 2mm; }
.page-head h1 { font-size: 14pt; line-height: 1.1; }
.page-head .about { font-size: 8.5pt; }
.page-head .school { font-size: 8.5pt; font-weight: bold; }
.page-head .when { text-align: right; font-size: 8.5pt; }
.page-head .when .weeks { font-weight: bold; font-size: 10pt; }
.summary { font-size: 8pt; margin: 0 0 1.5mm; }
table.grid, table.people, table.list { width: 100%; border-collapse: collapse; table-layout: fixed; }
.grid th, .grid td, .people th, .people td, .list th, .list td { border: 0.25mm solid #555; padding: 0.5mm; vertical-align: top; text-align: left; }
.grid thead th, .people thead th, .list thead th { background: #e6e6e6; font-size: 7.5pt; line-height: 1.15; }
.grid thead th .time, .people thead th .time { display: block; font-weight: normal; font-size: 6.5pt; }
.grid col.c-week { width: 5mm; }
.grid col.c-day { width: 9mm; }
.grid col.k-break, .grid col.k-lunch, .people col.k-break, .people col.k-lunch { width: 19mm; }
.grid col.k-registration, .grid col.k-tutor, .grid col.k-assembly, .people col.k-registration, .people col.k-tutor, .people col.k-assembly { width: 22mm; }
.people col.c-adult { width: 30mm; }
/* The daily sheet lists pupils in every cell: its short periods get a little more room than the rota's. */
.people:not(.rota) col.k-registration, .people:not(.rota) col.k-tutor, .people:not(.rota) col.k-assembly { width: 28mm; }
.people:not(.rota) col.k-break, .people:not(.rota) col.k-lunch { width: 23mm; }
.grid th.week { background: #000; color: #fff; padding: 0; vertical-align: middle; }
.grid th.week span { display: block; writing-mode: vertical-rl; transform: rotate(180deg); margin: 0 auto; font-size: 8pt; letter-spacing: 0.3mm; }
.grid th.day { background: #f2f2f2; font-size: 7.5pt; }
abbr { text-decoration: none; }
.grid tbody.week-start tr:first-child th, .grid tbody.week-start tr:first-child td { border-top: 0.7mm solid #000; }
.cell { overflow: hidden; }
.grid .cell { contain: strict; }
.grid .cell > .entry:only-child { height: 100%; }
.entry + .entry { margin-top: 0.4mm; }
.cycle-1 .grid .cell { height: 19mm; }
.cycle-2 .grid .cell { height: 11mm; }
.cycle-1 .s-group .grid .cell { height: 15mm; }
.cycle-2 .s-group .grid .cell { height: 8.2mm; }
.cycle-1 .s-pupil .grid .cell { height: 17mm; }
.cycle-2 .s-pupil .grid .cell { height: 8.6mm; }
.people .cell { min-height: 7mm; display: flex; flex-direction: column; gap: 0.4mm; }
.people .cell > .entry { flex: 1 1 auto; margin: 0; }
.entry { position: relative; box-sizing: border-box; padding: 0.3mm 0.5mm 0.3mm 3mm; background: var(--bg, #fff); border: 0.2mm solid var(--c, #888); overflow: hidden; font-size: 7pt; line-height: 1.18; }
.entry::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 2.3mm; background: var(--p, none); border-right: 0.2mm solid var(--c, #888); }
.entry .tag { font-weight: bold; font-size: 6pt; color: var(--c, #000); }
.entry .title { font-weight: bold; }
.entry .head { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.entry .line { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 6.5pt; }
.people .entry .line.pupils { white-space: normal; }
.rota .entry .line + .line { display: none; }
.t-CI { --c: #1d5bbf; --bg: #edf3fc; --p: repeating-linear-gradient(45deg, #1d5bbf 0 0.35mm, #fff 0.35mm 1.2mm); }
.t-CL { --c: #1f7a36; --bg: #edf7ef; --p: radial-gradient(circle, #1f7a36 0 0.3mm, #fff 0.36mm) 0 0 / 1.1mm 1.1mm; }
.t-SEMH { --c: #b95000; --bg: #fdf1e7; --p: repeating-linear-gradient(0deg, #b95000 0 0.35mm, #fff 0.35mm 1mm); }
.t-SP { --c: #6d3aa3; --bg: #f4eefb; --p: repeating-linear-gradient(45deg, #6d3aa3 0 0.25mm, transparent 0.25mm 1.2mm), repeating-linear-gradient(-45deg, #6d3aa3 0 0.25mm, #fff 0.25mm 1.2mm); }
.t-ppa { --c: #00727e; --bg: #e8f6f7; --p: repeating-linear-gradient(90deg, #00727e 0 0.35mm, #fff 0.35mm 1mm); }
.t-absence { --c: #a8261d; --bg: #fbecea; --p: repeating-linear-gradient(-45deg, #a8261d 0 0.35mm, #fff 0.35mm 1.2mm); }
.t-duty { --c: #6e5200; --bg: #f8f3e4; --p: conic-gradient(#6e5200 25%, #fff 0 50%, #6e5200 0 75%, #fff 0) 0 0 / 1.2mm 1.2mm; }
.t-post { --c: #33506e; --bg: #edf1f5; --p: linear-gradient(#33506e 0.25mm, transparent 0.25mm) 0 0 / 1.1mm 1.1mm, linear-gradient(90deg, #33506e 0.25mm, #fff 0.25mm) 0 0 / 1.1mm 1.1mm; }
.t-lesson { --c: #aaa; --bg: transparent; color: #333; border-width: 0 0 0 0.6mm; padding-left: 0.8mm; }
.t-lesson::before { display: none; }
.t-busy { --c: #555; --bg: #f0f0f0; --p: #555; }
.t-away { --c: #bbb; --bg: #fff; border-style: dashed; padding-left: 0.5mm; color: #666; font-style: italic; background: repeating-linear-gradient(135deg, #d6d6d6 0 0.25mm, #fff 0.25mm 1.6mm); }
.t-away::before { display: none; }
.legend { display: flex; flex-wrap: wrap; gap: 0.6mm 3mm; margin: 1.5mm 0 1mm; font-size: 6.5pt; }
.legend .entry { display: inline-block; width: 7mm; height: 3.2mm; padding: 0; vertical-align: middle; margin-right: 0.8mm; }
.legend .entry.t-away { width: 7mm; }
.legend li { list-style: none; display: inline-flex; align-items: center; }
.legend, .key { padding: 0; }
.key { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1mm 4mm; font-size: 7pt; margin: 1mm 0 0; }
.key > li { list-style: none; break-inside: avoid; }
.key .entry { display: block; font-size: 7pt; }
.key.brief { grid-template-columns: repeat(2, 1fr); gap: 0.4mm 4mm; font-size: 6.8pt; }
.key.brief li { display: block; padding-left: 5.5mm; text-indent: -5.5mm; }
.key.brief .entry { display: inline-block; width: 4.5mm; height: 2.6mm; padding: 0; margin-right: 1mm; vertical-align: -0.3mm; text-indent: 0; }
.key.brief .tag { font-weight: bold; font-size: 6pt; }
.key.brief .title { font-weight: bold; }
.key .entry .line { white-space: normal; font-size: 6.8pt; }
.details { margin-top: 2mm; }
.details caption, .list caption { text-align: left; font-weight: bold; font-size: 8pt; padding-bottom: 0.8mm; }
.list td, .list th { font-size: 7.5pt; }
.list col.w-name { width: 34mm; } .list col.w-year { width: 15mm; } .list col.w-group { width: 48mm; } .list col.w-lesson { width: 64mm; }
.list col.w-week { width: 11mm; } .list col.w-when { width: 34mm; } .list col.w-time { width: 21mm; } .list col.w-class { width: 24mm; }
.list col.w-room { width: 32mm; } .list col.w-status { width: 24mm; }
.list tr { break-inside: avoid; }
.list tr.short td { font-weight: bold; }
.list .status-short { border-left: 1mm solid #a8261d; }
.notes { margin-top: 1.5mm; font-size: 7.5pt; }
.notes li { margin-left: 4mm; }
.empty { margin: 3mm 0; font-size: 9pt; font-style: italic; }
.closing { margin-top: 2mm; font-size: 7.5pt; color: #333; }
.people th[scope=row] { font-size: 7.5pt; background: #f6f6f6; }
.people th[scope=row] .role { display: block; font-weight: normal; font-size: 6.5pt; }
.people tbody tr { break-inside: avoid; }
@media screen {
  body { background: #d9d9d9; padding: 6mm 0; }
  .sheet { background: #fff; width: 281mm; margin: 0 auto 6mm; padding: 9mm 8mm 11mm; box-shadow: 0 0.5mm 2mm rgba(0, 0, 0, 0.35); }
  /* On screen only the sheets in view are laid out (ninety sheets open at once, and a print is
     not held up laying out a screen nobody sees); paper always gets every sheet. */
  .sheet { content-visibility: auto; contain-intrinsic-size: auto 281mm auto 190mm; }
}
`;
