// Counts tables for the README (`bun scripts/gen-holdout33.ts --stats`).
import type { Built } from './corpus.ts';

const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON'];

function table(title: string, head: string[], rows: (string | number)[][]): string {
  const lines = [`### ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n') + '\n';
}

function countBy<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return new Map([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

const COMBINING = /\p{M}/u;

export function summaryCounts(ts: Built[]) {
  const ents = ts.flatMap((t) => t.entities.map((e) => ({ ...e, t })));
  const lowerPersons = ents.filter((e) => e.type === 'PERSON' && e.t.text.slice(e.start, e.end) === e.t.text.slice(e.start, e.end).toLowerCase()).length;
  const emojiBefore = ts.filter((t) => t.entities.some((e) => /\p{Extended_Pictographic}|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/u.test(t.text.slice(Math.max(0, e.start - 3), e.start)))).length;
  const nfdBefore = ts.filter((t) => t.nfd && t.entities.some((e) => COMBINING.test(t.text.slice(0, e.start)))).length;
  const phones = ents.filter((e) => e.type === 'PHONE').length;
  return {
    texts: ts.length, entities: ents.length, negatives: ts.reduce((s, t) => s + t.negatives.length, 0), negOnly: ts.filter((t) => t.negOnly).length,
    lowerPersons, emojiBefore, nfdBefore, phoneShare: phones / ents.length,
    byType: countBy(ents, (e) => e.type),
  };
}

export function statsMarkdown(ts: Built[]): string {
  const s = summaryCounts(ts);
  const out: string[] = [];
  out.push(table('Totals', ['measure', 'value'], [
    ['texts', s.texts], ['entities', s.entities], ['negatives', s.negatives], ['negatives-only texts', s.negOnly],
    ['PHONE share of entities', `${(s.phoneShare * 100).toFixed(1)}%`], ['lower-case PERSON spans', s.lowerPersons],
    ['texts with an emoji right before a span', s.emojiBefore], ['NFD texts with combining marks before a span', s.nfdBefore],
  ]));
  out.push(table('Entities by type', ['type', 'count'], TYPES.map((t) => [t, s.byType.get(t) ?? 0])));
  const kinds = countBy(ts, (t) => t.kind);
  out.push(table('Texts by kind', ['kind', 'texts'], [...kinds].map(([k, v]) => [k, v])));
  const langs = countBy(ts, (t) => t.lang);
  out.push(table('Texts by language', ['lang', 'texts'], [...langs].map(([k, v]) => [k, v])));
  const locs = countBy(ts, (t) => t.locale);
  out.push(table('Texts by region', ['region', 'texts'], [...locs].map(([k, v]) => [k, v])));
  const biz = countBy(ts, (t) => t.biz);
  out.push(table('Texts by business', ['business', 'texts', 'entities'], [...biz].map(([k, v]) => [k, v, ts.filter((t) => t.biz === k).reduce((a, t) => a + t.entities.length, 0)])));
  const negs = countBy(ts.flatMap((t) => t.negatives), (n) => n.kind);
  out.push(table('Negatives by kind', ['kind', 'count'], [...negs].map(([k, v]) => [k, v])));
  return out.join('\n');
}
