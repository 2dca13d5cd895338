// Assembly: regions x genres x businesses; each text is drawn, then checked (names labeled wherever they stand, spans
// valid) and drawn again with the next seed if a check fails. Offsets come from the renderer.
import { Ctx } from './ctx.ts'
import { REGIONS, type Biz } from './locales.ts'
import { Rng } from './prng.ts'
import type { Label } from './render.ts'
import { KINDS, SKELETONS, type Kind } from './skeletons.ts'

export interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }
export interface Built { line: Line; names: string[]; onlyNegatives: boolean; region: string; biz: Biz }

const COUNTS: Record<string, number> = { usne: 35, uswest: 35, london: 34, midlands: 34, scotland: 34, au: 34, bc: 34, de: 11, at: 11, fr: 11, be: 11, it: 22, es: 22, nl: 22, pl: 22, pt: 22, sv: 22, el: 22, ro: 22, cs: 22 }
const BIZES: Biz[] = ['let', 'pest', 'spa', 'office']
const NEG_KINDS: Kind[] = ['sms', 'note', 'ticket', 'email', 'chat', 'voicemail', 'summary']
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function namesOk(l: Line, names: string[]): boolean {
  const inside = (s: number, e: number) =>
    l.entities.some((x) => (x.type === 'PERSON' || x.type === 'EMAIL') && x.start <= s && e <= x.end) ||
    l.negatives.some((x) => (x.kind === 'name-word' || x.kind === 'date') && x.start <= s && e <= x.end)
  for (const name of names)
    for (const form of new Set([name.normalize('NFC'), name.normalize('NFD')])) {
      const re = new RegExp(`(?<![\\p{L}\\p{M}])${esc(form)}(?![\\p{L}\\p{M}])`, 'giu')
      for (const m of l.text.matchAll(re)) if (!inside(m.index!, m.index! + m[0].length)) return false
    }
  return true
}

export function buildAll(seed = 30_3030): Built[] {
  const out: Built[] = []
  const perLang = new Map<string, number>()
  const wordTurn = new Map<string, number>()
  let i = 0
  for (const [ri, reg] of REGIONS.entries()) {
    const n = COUNTS[reg.id]!
    for (let j = 0; j < n; j++, i++) {
      const onlyNeg = i % 8 === 5
      const kind: Kind = onlyNeg ? NEG_KINDS[(i + j) % NEG_KINDS.length]! : KINDS[(j + ri * 5) % KINDS.length]!
      const biz = BIZES[i % 4]!
      let got: Built | null = null
      for (let attempt = 0; attempt < 50 && !got; attempt++) {
        const r = new Rng(seed + i * 7919 + attempt * 104729)
        const nfd = ['form', 'email', 'summary', 'chat', 'ticket'].includes(kind) && r.chance(reg.lang === 'en' ? 0.08 : 0.3)
        const c = new Ctx(r, reg, biz, nfd)
        c.idx = wordTurn.get(reg.id) ?? ri * 5
        SKELETONS[onlyNeg ? 'negonly' : kind](c)
        const names = [...new Set(c.people.flatMap((p) => [p.full, p.given, p.family]))]
        const line: Line = { id: '', lang: reg.lang, kind, text: c.b.text, entities: c.b.entities, negatives: c.b.negatives }
        if (!namesOk(line, names)) continue
        if (onlyNeg && line.entities.length) continue
        got = { line, names, onlyNegatives: onlyNeg, region: reg.id, biz }
        wordTurn.set(reg.id, c.idx + c.wordCalls)
      }
      if (!got) throw new Error(`no clean draw for text ${i} (${reg.id} ${kind})`)
      const k = (perLang.get(reg.lang) ?? 0) + 1
      perLang.set(reg.lang, k)
      got.line.id = `${reg.lang}-${kind}-${String(k).padStart(4, '0')}`
      out.push(got)
    }
  }
  return out
}

export function serialize(built: Built[]): string {
  return built.map((b) => JSON.stringify({ id: b.line.id, lang: b.line.lang, kind: b.line.kind, text: b.line.text, entities: b.line.entities, negatives: b.line.negatives })).join('\n') + '\n'
}
