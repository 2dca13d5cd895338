// Counts for the README: texts by business/genre/locale, entities by type, negatives by kind, and the
// hard-case counts (lower-case names, emoji before spans, combining marks before spans, spoken phones).
import type { Built } from "./corpus.ts";

interface Row {
  id: string;
  lang: string;
  kind: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
  negatives: { kind: string; start: number; end: number }[];
}
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const MARK = /(?!\uFE0F)\p{M}/u;

function tally<K extends string>(m: Map<K, number>, k: K, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}
function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

export function hardCounts(rows: Row[]) {
  let lower = 0, emoji = 0, marks = 0, spoken = 0;
  for (const r of rows) {
    for (const e of r.entities) {
      const v = r.text.slice(e.start, e.end);
      if (e.type === "PERSON" && /\p{L}/u.test(v) && v === v.toLocaleLowerCase(r.lang)) lower++;
      if (e.type === "PHONE" && /^[a-z]/.test(v)) spoken++;
    }
    if (r.entities.some((e) => EMOJI.test(r.text.slice(Math.max(0, e.start - 12), e.start)))) emoji++;
    if (r.entities.some((e) => MARK.test(r.text.slice(0, e.start)))) marks++;
  }
  return { lower, emoji, marks, spoken };
}

export function statsMarkdown(all: Built[]): string {
  const rows = all.map((b) => JSON.parse(b.line) as Row);
  const byBiz = new Map<string, number[]>();
  const kinds = new Map<string, number>();
  const locs = new Map<string, number>();
  const types = new Map<string, number>();
  const negs = new Map<string, number>();
  all.forEach((b, i) => {
    const row = rows[i] as Row;
    const t = byBiz.get(b.biz) ?? [0, 0, 0, 0];
    t[0]! += 1; t[1]! += b.negativesOnly ? 1 : 0; t[row.lang === "en" ? 2 : 3]! += 1;
    byBiz.set(b.biz, t);
    tally(kinds, row.kind);
    tally(locs, b.locale);
    for (const e of row.entities) tally(types, e.type);
    for (const n of row.negatives) tally(negs, n.kind);
  });
  const total = [...types.values()].reduce((a, x) => a + x, 0);
  const h = hardCounts(rows);
  const persons = all.reduce((a, b) => a + b.names.length, 0);
  return [
    `Texts: ${rows.length}; entities: ${total}; negatives: ${[...negs.values()].reduce((a, x) => a + x, 0)}; negatives-only texts: ${all.filter((b) => b.negativesOnly).length}`,
    "", "### Texts by business", "", table(["business", "texts", "negatives-only", "English", "other languages"], [...byBiz].sort().map(([k, v]) => [k, ...v])),
    "", "### Texts by genre", "", table(["kind", "texts"], [...kinds].sort().map(([k, v]) => [k, v])),
    "", "### Texts by locale", "", table(["locale", "texts"], [...locs].sort().map(([k, v]) => [k, v])),
    "", "### Entities by type", "", table(["type", "count", "share"], [...types].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v, `${((100 * v) / total).toFixed(1)}%`])),
    "", "### Negatives by kind", "", table(["kind", "count"], [...negs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, v])),
    "", "### Hard cases", "",
    table(["what", "count"], [["lower-case PERSON spans", h.lower], ["texts with an emoji within 12 code units before a span", h.emoji],
      ["texts with combining marks (NFD) before a span", h.marks], ["phones in spoken English digits", h.spoken], ["distinct name parts, summed over texts", persons]]),
  ].join("\n");
}
