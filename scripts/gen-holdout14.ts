// Builds test/fixtures/pii-holdout14/corpus.jsonl: letting, charity and travel
// texts in en nl it pt sv da hu, with labels recorded at construction.
// `bun scripts/gen-holdout14.ts` rewrites the file; `buildCorpus()` returns the
// same text, byte for byte, for the same code.
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { EN, type Template } from "./holdout14/en.ts"
import { EN2 } from "./holdout14/en2.ts"
import { DA2, HU2, IT2, NL2, PT2, SV2 } from "./holdout14/more.ts"
import { DA, HU, SV } from "./holdout14/north.ts"
import { PACKS } from "./holdout14/packs.ts"
import { render } from "./holdout14/render.ts"
import { Slots } from "./holdout14/slots.ts"
import { IT, NL, PT } from "./holdout14/south.ts"
import { rng } from "./holdout14/values.ts"

export const OUT = resolve(import.meta.dirname, "../test/fixtures/pii-holdout14/corpus.jsonl")

const PLAN: Record<string, [Template[], number]> = {
  en: [[...EN, ...EN2], 204], nl: [[...NL, ...NL2], 34], it: [[...IT, ...IT2], 34], pt: [[...PT, ...PT2], 34],
  sv: [[...SV, ...SV2], 34], da: [[...DA, ...DA2], 34], hu: [[...HU, ...HU2], 34],
}

export interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: { type: string; start: number; end: number }[]
  negatives: { kind: string; start: number; end: number }[]
}

/** The generator's own sanity check; the test validates again with separate code. */
function check(l: Line) {
  const spans = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
  spans.forEach((s, i) => {
    const v = l.text.slice(s.start, s.end)
    if (!(s.start < s.end && s.end <= l.text.length) || v.trim() !== v) throw new Error(`${l.id}: bad span ${JSON.stringify(s)}`)
    const next = spans[i + 1]
    if (next && next.start < s.end) throw new Error(`${l.id}: overlap at ${s.start}`)
  })
}

export function buildLines(): Line[] {
  const lines: Line[] = []
  for (const pack of PACKS) {
    const [templates, count] = PLAN[pack.lang] as [Template[], number]
    const r = rng(pack.seed)
    for (let i = 0; i < count; i++) {
      const [kind, make] = templates[i % templates.length] as Template
      const out = render(make(new Slots(r, pack)))
      const line: Line = { id: `${pack.lang}-${kind}-${String(i + 1).padStart(4, "0")}`, lang: pack.lang, kind, ...out }
      check(line)
      lines.push(line)
    }
  }
  return lines
}

export const buildCorpus = () => buildLines().map((l) => `${JSON.stringify(l)}\n`).join("")

if (import.meta.main) {
  writeFileSync(OUT, buildCorpus())
  console.log(`wrote ${OUT}`)
}
