// Skeletons of the negatives-only texts: business numbers, dates, amounts,
// versions and lookalikes, and no entity at all.
import type { Ctx } from "./ctx.ts"
import { caseLines, turn } from "./extras.ts"
import { EN_IDS } from "./locales-en.ts"
import { COLS } from "./skeletons-data.ts"

export const NEG_KINDS = ["csv", "json", "yaml", "log", "table", "form", "sms", "note", "ticket", "summary"]

function lookalikes(c: Ctx): string[] {
  const out: string[] = []
  if (c.rng.chance(0.5)) out.push(c.rng.pick(c.L.pay.badcard))
  if (c.region.iban && c.rng.chance(0.5)) out.push(c.rng.pick(c.L.pay.badiban))
  if (c.rng.chance(0.6)) out.push("{natidL}.")
  if (c.region.country === "US" && c.rng.chance(0.5)) out.push(c.rng.pick(EN_IDS.badssn))
  if (c.region.country === "GB" && c.rng.chance(0.5)) out.push(c.rng.pick(EN_IDS.badnino))
  if (c.L.words.length && c.rng.chance(0.5)) out.push(turn(`w-${c.region.lang}`, c.L.words))
  return out
}

export function negText(c: Ctx): string {
  const g = c.rng
  const cols = COLS[c.biz]
  const l = c.L.lab
  switch (c.kind) {
    case "csv": {
      const rows = [[...cols.map(([k]) => k), "updated"].join(",")]
      for (let n = 1; n <= g.int(3, 6); n++) rows.push([...cols.map(([, b]) => (b === "amt" ? `"{amt_${n}}"` : `{${b}_${n}}`)), `"{dt_${n}}"`].join(","))
      return rows.join("\n")
    }
    case "table": {
      const rows = [`| ${cols.map(([k]) => k).join(" | ")} | ${l.date} |`, `|${cols.map(() => "---").join("|")}|---|`]
      for (let n = 1; n <= g.int(2, 5); n++) rows.push(`| ${cols.map(([, b]) => `{${b}_${n}}`).join(" | ")} | {dt_${n}} |`)
      return rows.join("\n")
    }
    case "json":
      return [`{`, `  "source": "{biz}",`, `  "generated": "{ts}",`, ...cols.map(([k, b]) => `  "${k}": "{${b}}",`), `  "schema_version": "{ver}"`, `}`].join("\n")
    case "yaml":
      return [`batch: {ts}`, `version: "{ver}"`, `items:`, ...[1, 2, 3].flatMap((n) => cols.slice(0, 3).map(([k, b], i) => `${i === 0 ? "  - " : "    "}${k}: "{${b}_${n}}"`))].join("\n")
    case "log":
      return [1, 2, 3, 4, 5].map((n) => `{ts_${n}} INFO  batch.item ${cols[n % cols.length]![0]}={${cols[n % cols.length]![1]}_${n}} build={ver}`).join("\n")
    case "form":
      return [g.pick(c.B.subject), ...cols.map(([k, b]) => `${k}: {${b}}`), `${l.date}: {date}`, `${l.amount}: {amt_2}`, ...lookalikes(c)].join("\n")
    case "ticket":
      return [`#${g.pick(["BATCH", "JOB", "OPS"])}-${g.int(1000, 9999)} | ${l.status}: ${g.pick(c.L.status)}`, ...caseLines(c, 2, true), ...lookalikes(c), `${l.ref}: {ver}`].join("\n")
    default:
      return [`{biz}:`, ...caseLines(c, 2, true), ...lookalikes(c)].join(" ")
  }
}
