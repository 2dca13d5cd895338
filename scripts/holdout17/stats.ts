// Prints the README's count tables from the corpus file: bun scripts/holdout17/stats.ts
import { readFileSync } from "node:fs"
import { CORPUS_PATH, type Row } from "../gen-holdout17.ts"

const rows: Row[] = readFileSync(CORPUS_PATH, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l))
const langs = [...new Set(rows.map((r) => r.lang))]
const kinds = [...new Set(rows.map((r) => r.kind))].sort()
const types = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const line = (cells: Array<string | number>) => `| ${cells.join(" | ")} |`

console.log(line(["lang", "texts", ...kinds, "only negatives"]))
console.log(line(Array(kinds.length + 3).fill("---")))
for (const l of [...langs, "all"]) {
  const rs = rows.filter((r) => l === "all" || r.lang === l)
  console.log(line([l, rs.length, ...kinds.map((k) => rs.filter((r) => r.kind === k).length), rs.filter((r) => r.entities.length === 0).length]))
}
console.log()
console.log(line(["type", ...langs, "all"]))
console.log(line(Array(langs.length + 2).fill("---")))
for (const t of types) {
  const n = (l?: string) => rows.filter((r) => !l || r.lang === l).flatMap((r) => r.entities).filter((e) => e.type === t).length
  console.log(line([t, ...langs.map((l) => n(l)), n()]))
}
console.log()
const negs = new Map<string, number>()
for (const r of rows) for (const n of r.negatives) negs.set(n.kind, (negs.get(n.kind) ?? 0) + 1)
console.log("Negatives: " + [...negs].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", "))
const nonAscii = rows.flatMap((r) => r.entities.filter((e) => e.type === "PERSON" && /[^\x00-\x7f]/.test(r.text.slice(e.start, e.end)))).length
const astral = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(r.text.slice(0, e.start)))).length
const combining = rows.filter((r) => /\p{M}/u.test(r.text)).length
console.log(`${nonAscii} PERSON spans are non-ASCII; ${astral} texts have an astral character before a label; ${combining} texts hold combining marks.`)
