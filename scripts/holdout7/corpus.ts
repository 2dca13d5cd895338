// Builds the holdout7 corpus lines from the templates, in a fixed order.
import type { Rendered } from "./build"
import { Ctx } from "./ctx"
import { DE, FR } from "./de_fr"
import { EN1 } from "./en1"
import { EN2 } from "./en2"
import { EN3 } from "./en3"
import { IT, NL } from "./it_nl"
import { LANGS } from "./lang"
import { NEG } from "./negonly"
import { CS, PL } from "./pl_cs"
import { Rng, seedOf } from "./rng"
import type { Template } from "./types"

export interface Line extends Rendered {
  id: string
  lang: string
  kind: string
  biz: string
}

const PLAN: [string, Template[], number][] = [
  ["en", [...EN1, ...EN2, ...EN3, ...NEG.en], 220],
  ["de", [...DE, ...NEG.eu], 36],
  ["fr", [...FR, ...NEG.eu], 36],
  ["it", [...IT, ...NEG.eu], 36],
  ["nl", [...NL, ...NEG.eu], 36],
  ["pl", [...PL, ...NEG.eu], 36],
  ["cs", [...CS, ...NEG.eu], 36],
]

const EN_REGIONS = ["US", "UK", "IE", "AU"]

function sortSpans(t: Rendered): Rendered {
  const by = (a: { start: number }, b: { start: number }) => a.start - b.start
  return { text: t.text, entities: [...t.entities].sort(by), negatives: [...t.negatives].sort(by) }
}

export function buildLines(): Line[] {
  const out: Line[] = []
  for (const [code, templates, count] of PLAN) {
    const r = new Rng(seedOf(`holdout7-${code}`))
    const L = LANGS[code]
    if (!L) throw new Error(`no language ${code}`)
    const perKind = new Map<string, number>()
    for (let i = 0; i < count; i++) {
      const t = templates[i % templates.length] as Template
      const region = code === "en" ? (EN_REGIONS[Math.floor(i / templates.length) % EN_REGIONS.length] as string) : code.toUpperCase()
      const g = new Ctx(r, L, region)
      const n = (perKind.get(t.kind) ?? 0) + 1
      perKind.set(t.kind, n)
      const body = sortSpans(t.f(g))
      out.push({ id: `${code}-${t.kind}-${String(n).padStart(4, "0")}`, lang: code, kind: t.kind, biz: t.biz, ...body })
    }
  }
  return out
}

/** The JSONL text, in the format of test/fixtures/pii/README.md. */
export function buildCorpus(): string {
  return buildLines()
    .map((l) => JSON.stringify({ id: l.id, lang: l.lang, kind: l.kind, text: l.text, entities: l.entities, negatives: l.negatives }))
    .join("\n")
    .concat("\n")
}
