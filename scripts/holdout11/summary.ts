// Counts for the README, as markdown tables.
import type { Meta, Row } from "./corpus.ts"

const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n")
}

function tally<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return m
}

export function summarize({ rows, meta }: { rows: Row[]; meta: Meta[] }): string {
  const langs = [...new Set(rows.map((r) => r.lang))]
  const kinds = [...new Set(rows.map((r) => r.kind))].sort()
  const byLang = langs.map((l) => rows.filter((r) => r.lang === l))
  const perKind = table(["lang", "texts", ...kinds, "only negatives"], [...byLang, rows].map((rs, i) => [langs[i] ?? "all", rs.length, ...kinds.map((k) => rs.filter((r) => r.kind === k).length), rs.filter((r) => r.entities.length === 0).length]))
  const perType = table(["type", ...langs, "all"], TYPES.map((t) => [t, ...[...byLang, rows].map((rs) => rs.reduce((n, r) => n + r.entities.filter((e) => e.type === t).length, 0))]))
  const negs = [...tally(rows.flatMap((r) => r.negatives), (n) => n.kind)].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")
  const loc = [...tally(meta, (m) => m.locale)].map(([k, n]) => `${k} ${n}`).join(", ")
  const biz = [...tally(meta, (m) => m.biz)].map(([k, n]) => `${k} ${n}`).join(", ")
  const nonAscii = rows.reduce((n, r) => n + r.entities.filter((e) => e.type === "PERSON" && /[^\x00-\x7f]/.test(r.text.slice(e.start, e.end))).length, 0)
  const astral = rows.filter((r) => r.entities.some((e) => /[\ud800-\udbff]/.test(r.text.slice(0, e.start)))).length
  const combining = rows.filter((r) => r.entities.some((e) => /[\u0300-\u036f]/.test(r.text.slice(0, e.start)))).length
  return [perKind, "", perType, "", `Negatives: ${negs}.`, `Markets: ${loc}.`, `Businesses: ${biz}.`, `${nonAscii} PERSON spans are non-ASCII; ${astral} texts have an astral character before a label, ${combining} a combining mark.`].join("\n")
}
