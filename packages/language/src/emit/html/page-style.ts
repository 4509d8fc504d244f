// The page's only stylesheet, inlined so the file works offline and prints as it looks.
// Every distinction has a second, colour-free carrier for black-and-white printers:
// heavy lifts a solid bar and ▲, light lifts a dashed bar and △, quality runs a double
// bar and ◆, the race a full frame and ★, warnings a dashed frame and ⚠.
// `@page { size: landscape }` leaves the paper (A4 or Letter) to the printer; the table
// is sized to the narrower Letter width.
// On a screen narrower than 900 px (a preview beside the editor, a phone) seven columns
// leave cells too narrow to read, so each week becomes a list of its days: the date on the
// left, the day's activities beside it, exercises flowing on a line, and each warning cut
// to one line (the numbered notes below hold the whole message). Print keeps the grid.

/** The width below which the calendar is a list of days rather than a grid of seven columns. */
export const NARROW_LAYOUT_MAX_WIDTH = 900;

const NARROW_SCREEN = `
@media screen and (max-width: ${NARROW_LAYOUT_MAX_WIDTH - 0.02}px) {
  body { padding: 12px; font-size: 13px; }
  table.calendar, .calendar tbody, .calendar tr, .calendar th, .calendar td { display: block; }
  .calendar thead { display: none; }
  .phase-band th { margin-top: 12px; border-radius: 4px 4px 0 0; }
  .phase-facts { display: block; margin: 2px 0 0; }
  .calendar tr.week { border: 1px solid var(--line); border-top: 0; }
  .calendar tbody .week-head { width: auto; border: 0; border-bottom: 1px solid var(--line); padding: 4px 8px; }
  .week-number, .week-of-phase { display: inline; margin: 0 8px 0 0; }
  .week-of-phase::before { content: "· "; }
  .calendar td.day { display: grid; grid-template-columns: 84px minmax(0, 1fr); column-gap: 10px; height: auto; border: 0; border-bottom: 1px solid #eef0f3; padding: 4px 8px; font-size: 12px; overflow-wrap: break-word; }
  .calendar td.day > * { grid-column: 2; }
  .calendar td.day > .date { grid-column: 1; grid-row: 1 / span 9; text-align: left; margin: 2px 0; font-size: 11.5px; color: var(--ink); }
  .date .weekday { display: inline; font-weight: 700; }
  .calendar td.outside { display: none; }
  .calendar td.day:not(:has(.act, .flag, .rest-label)) { color: var(--muted); }
  .work { display: flex; flex-wrap: wrap; gap: 0 14px; list-style: none; padding: 0; font-size: 11px; }
  .calendar .flag { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .session-list { grid-template-columns: 1fr; }
}
`;

export const PAGE_STYLE = `
:root {
  --ink: #1f2937; --muted: #6b7280; --line: #d1d5db; --band: #334155;
  --lift: #1d4ed8; --lift-bg: #dbeafe; --light-bg: #eef4ff;
  --quality: #c2410c; --quality-bg: #ffedd5;
  --race: #b91c1c; --race-bg: #fee2e2;
  --warn: #b45309; --warn-bg: #fef3c7; --info: #4338ca; --info-bg: #eef2ff;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 20px; max-width: 1400px; color: var(--ink); background: #fff;
  font: 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
}
h1 { font-size: 22px; margin: 0 0 2px; }
h2 { font-size: 15px; margin: 18px 0 6px; }
.facts { color: var(--muted); margin: 0 0 8px; }
.races { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin: 0 0 10px; font-size: 11px; color: var(--muted); }
.legend > span { display: inline-block; margin: 0; }
.tag { font-size: 9px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
.time { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 9.5px; font-weight: normal; white-space: nowrap; }
.intensity { font-weight: normal; color: var(--muted); font-size: 9.5px; }

table.calendar { width: 100%; border-collapse: collapse; table-layout: fixed; }
.calendar th, .calendar td { border: 1px solid var(--line); vertical-align: top; padding: 3px 4px; }
.calendar thead th { background: #f3f4f6; font-size: 10px; text-transform: uppercase; letter-spacing: .06em; padding: 4px; }
.calendar .week-head { width: 62px; text-align: left; white-space: nowrap; }
.calendar tbody .week-head { background: #f9fafb; }
.week-number { display: block; font-weight: 700; font-size: 11px; }
.week-of-phase { display: block; color: var(--muted); font-size: 9.5px; font-weight: normal; margin-top: 1px; }
.phase-band th { text-align: left; background: var(--band); color: #fff; padding: 4px 8px; border-color: var(--band); }
.phase-name { font-size: 12.5px; font-weight: 700; }
.phase-facts { font-weight: normal; opacity: .85; margin-left: 8px; font-size: 11px; }
.phase-band .flag { margin: 3px 0 1px; font-weight: normal; font-size: 10.5px; }
td.day { height: 58px; font-size: 10.5px; overflow-wrap: anywhere; }
td.outside { background: repeating-linear-gradient(135deg, #fafafa 0 6px, #f1f1f1 6px 12px); color: #9ca3af; }
.date { font-size: 9.5px; color: var(--muted); text-align: right; margin: -1px 0 1px; }
td.race-day .date { color: var(--race); font-weight: 700; }
.rest-label { color: var(--muted); font-style: italic; }
.date .weekday { display: none; }

.act { border-radius: 3px; margin: 2px 0; padding: 2px 4px; }
.act-title { font-weight: 600; }
.note { color: #4b5563; font-size: 9.5px; font-style: italic; }
.lift { background: var(--lift-bg); border-left: 4px solid var(--lift); }
.lift .tag { color: var(--lift); }
.lift.light { background: var(--light-bg); border-left-style: dashed; }
.work { margin: 1px 0 0; padding-left: 11px; font-size: 9.5px; line-height: 1.25; }
.work li::marker { color: var(--lift); }
.quality { background: var(--quality-bg); border-left: 4px double var(--quality); }
.quality .tag { color: var(--quality); }
.run.easy { padding-left: 8px; border-left: 1px solid var(--line); }
.run.easy .act-title { font-weight: normal; }
.race { background: var(--race-bg); border: 2px solid var(--race); }
.race .tag { color: var(--race); }
.flag { border-radius: 3px; margin: 2px 0; padding: 2px 4px; background: var(--warn-bg); border: 1px dashed var(--warn); color: #78350f; font-size: 9.5px; }
.flag .tag { color: var(--warn); }
.flag.info { background: var(--info-bg); border-color: var(--info); color: #312e81; }
.flag.info .tag { color: var(--info); }
.legend .act, .legend .flag { display: inline-block; padding: 1px 6px; color: var(--ink); font-size: 11px; }

.note-list { list-style: none; padding: 0; margin: 0; }
.note-list li { font-size: 11px; margin: 3px 0; padding: 3px 6px; }
.note-list .severity { font-weight: 700; }
.note-list .place { color: var(--muted); }
.sessions .hint { color: var(--muted); margin: 0 0 6px; }
.session-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 8px; }
.session { padding: 6px 8px; break-inside: avoid; }
.session h3 { font-size: 12.5px; margin: 0 0 3px; }
.session .warmup { margin: 0 0 3px; font-size: 11px; }
.session ol { margin: 0; padding-left: 18px; font-size: 11px; }
footer { color: var(--muted); font-size: 10px; margin-top: 14px; }

${NARROW_SCREEN}
@page { size: landscape; margin: 10mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 10px; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .phase-band { break-after: avoid; }
  .notes, .sessions { break-inside: avoid-page; }
}
`;
