// The assembly: which texts in which language, genre and business; every label is checked again before writing.
import { Rng } from './prng.ts'
import { LOCALES, type Locale } from './locales.ts'
import { Ctx, type Biz } from './ctx.ts'
import { SKELETONS, KINDS, castFor, negativesOnly } from './skeletons.ts'
import { nameStrings } from './names.ts'
import type { Span } from './render.ts'

export interface Line { id: string; lang: string; kind: string; text: string; entities: Span[]; negatives: Span[] }
export interface Built { line: Line; names: string[]; region: string; biz: Biz; onlyNegatives: boolean }

const COUNT: Record<string, number> = { my: 29, tt: 29, ug: 29, zm: 29, wales: 29, nl: 29, south: 29, midwest: 29, da: 16, no: 16, is: 16, pt: 16, ar: 15, co: 15, ca: 16, cs: 16, sk: 16, hu: 16, hr: 16, src: 12, srl: 8, mt: 16, lb: 16, gsw: 16 }
const BIZES: Biz[] = ['removals', 'venue', 'ski', 'care']
const NEG_KINDS = ['sms', 'note', 'log', 'ticket', 'summary', 'form', 'email', 'chat', 'voicemail', 'yaml']
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** the rule the test checks: every occurrence of a name string lies in a PERSON or EMAIL label, or a name-word or date lookalike */
export function namesCovered(line: Line, names: string[]): string[] {
  const bad: string[] = []
  const inside = (s: number, e: number) => line.entities.some((x) => (x.type === 'PERSON' || x.type === 'EMAIL') && x.start <= s && e <= x.end) || line.negatives.some((x) => (x.kind === 'name-word' || x.kind === 'date') && x.start <= s && e <= x.end)
  for (const n of names)
    for (const f of new Set([n.normalize('NFC'), n.normalize('NFD')])) {
      const re = new RegExp(`(?<![\\p{L}\\p{M}])${esc(f)}(?![\\p{L}\\p{M}])`, 'giu')
      for (const m of line.text.matchAll(re)) if (!inside(m.index!, m.index! + m[0].length)) bad.push(`${n}@${m.index}`)
    }
  return bad
}
function sane(line: Line): boolean {
  const all = [...line.entities, ...line.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    if (s.start < 0 || s.end > line.text.length || s.start >= s.end) return false
    if (i && all[i - 1]!.end > s.start) return false
    const v = line.text.slice(s.start, s.end)
    if (v !== v.trim()) return false
    if (/[\p{L}\p{N}\p{M}]/u.test(line.text.slice(s.end, s.end + 1))) return false
    if (/[\p{L}\p{N}\p{M}]/u.test(line.text.slice(s.start - 1, s.start)) && !(s.type === 'PHONE' && /[\p{L}\p{M}]/u.test(line.text.slice(s.start - 1, s.start)))) return false
  }
  if (line.kind === 'json') try { JSON.parse(line.text) } catch { return false }
  return true
}

export function build(): Built[] {
  const out: Built[] = []
  const perLang = new Map<string, number>()
  let g = 0
  for (const loc of LOCALES) {
    const n = COUNT[loc.region]!
    for (let i = 0; i < n; i++, g++) {
      const onlyNeg = g % 8 === 5
      const kind = onlyNeg ? NEG_KINDS[(g >> 3) % NEG_KINDS.length]! : KINDS[(i + (g >> 2)) % KINDS.length]!
      const biz = BIZES[g % 4]!
      let done: Built | null = null
      for (let attempt = 0; attempt < 60 && !done; attempt++) {
        const r = new Rng(29_000 + g * 7919 + attempt * 104_729)
        const nfd = !loc.lang.startsWith('en') && ['form', 'email', 'summary', 'chat', 'ticket'].includes(kind) && r.chance(0.4) || (loc.region === 'wales' && kind === 'email' && r.chance(0.5))
        const c = new Ctx(r, loc, biz, nfd, kind === 'transcript')
        c.turn = (i * 7 + attempt) % 97
        try {
          if (onlyNeg) negativesOnly(c, kind)
          else SKELETONS[kind]!(c, castFor(c))
        } catch (e) { if ((e as Error).message === 'retry') continue; throw e }
        const line: Line = { id: '', lang: loc.lang, kind, text: c.b.text, entities: c.b.ents, negatives: c.b.negs }
        const names = c.people.flatMap(nameStrings)
        if (onlyNeg && line.entities.length) continue
        if (!onlyNeg && !line.entities.length) continue
        if (!sane(line) || namesCovered(line, names).length) continue
        done = { line, names, region: loc.region, biz, onlyNegatives: onlyNeg }
      }
      if (!done) throw new Error(`no text for ${loc.region} ${kind} ${g}`)
      const k = (perLang.get(loc.lang) ?? 0) + 1
      perLang.set(loc.lang, k)
      done.line.id = `${loc.lang}-${kind}-${String(k).padStart(4, '0')}`
      out.push(done)
    }
  }
  return out
}
export const serialize = (b: Built[]) => b.map((x) => JSON.stringify({ id: x.line.id, lang: x.line.lang, kind: x.line.kind, text: x.line.text, entities: x.line.entities.map((e) => ({ type: e.type, start: e.start, end: e.end })), negatives: x.line.negatives.map((e) => ({ kind: e.kind, start: e.start, end: e.end })) })).join('\n') + '\n'
export type { Locale }
