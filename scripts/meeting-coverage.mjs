// How many reports of ../shared/corpus (or the folders given) get a meeting date, body and chair:
//   npm run -s build && node scripts/meeting-coverage.mjs [--verbose] [DIR…]
// With --verbose, one line per report with what was read, for spot checks by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirs = args.filter((arg) => arg !== '--verbose');
if (dirs.length === 0) dirs.push(join(process.env.PDX_SHARED ?? resolve(root, '../shared'), 'corpus'));
const missing = dirs.filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.log(`meeting-coverage: skipped: no ${missing.join(', ')}`);
  process.exit(0);
}

const { extract } = await import(join(root, 'dist/index.js'));
const counts = { reports: 0, meeting: 0, date: 0, fullDate: 0, body: 0, chair: 0, all3: 0 };
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    const { meeting } = extract(readFileSync(join(dir, name)), { path: name });
    counts.reports++;
    const has = { date: Boolean(meeting?.date), body: Boolean(meeting?.body), chair: (meeting?.chair.length ?? 0) > 0 };
    if (meeting) counts.meeting++;
    if (has.date) counts.date++;
    if (meeting?.datePrecision === 'day') counts.fullDate++;
    if (has.body) counts.body++;
    if (has.chair) counts.chair++;
    if (has.date && has.body && has.chair) counts.all3++;
    if (verbose) {
      const what = meeting
        ? `${meeting.name} | body ${meeting.body ?? '—'} | ${meeting.kind ?? '—'} | ${meeting.date ?? '—'}${meeting.yearSource ? ` (${meeting.yearSource})` : ''} | chair ${meeting.chair.map((p) => p.name).join('、') || '—'}`
        : 'no meeting';
      console.log(`${name}: ${what}`);
    }
  }
}
const share = (n) => `${n}/${counts.reports}`;
console.log(
  `meeting ${share(counts.meeting)} · date ${share(counts.date)} (full date ${share(counts.fullDate)}) · body ${share(counts.body)} · chair ${share(counts.chair)} · all three ${share(counts.all3)}`,
);
