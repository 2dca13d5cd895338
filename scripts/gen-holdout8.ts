// Generates test/fixtures/pii-holdout8/corpus.jsonl: contact-center texts of an
// airline, an online shop and a utility, labeled by construction.
// `bun scripts/gen-holdout8.ts` rewrites the file; byte-identical for the same code.
import { writeFileSync } from 'node:fs'
import { addressSlots } from './holdout8/addresses.ts'
import { Builder, hashSeed, type Piece, Rng, type Slots } from './holdout8/core.ts'
import { type Business, chat, type Ctx, email, form, type Genre, sms, stt } from './holdout8/genres.ts'
import { sheet, summary, webhook } from './holdout8/genres2.ts'
import { FOREIGN, type Locale, WORLD_FIRST, WORLD_LAST } from './holdout8/locale.ts'
import { COMPANIES, LOCALES, PRODUCTS } from './holdout8/locales.ts'
import { lookalikes } from './holdout8/lookalikes.ts'
import { card, email as mail, ibanPiece, ipv4, ipv6, nino, phone, ssn } from './holdout8/values.ts'

export const OUT = 'test/fixtures/pii-holdout8/corpus.jsonl'
export const COUNTS: Record<string, number> = { enUS: 105, enGB: 105, sv: 35, da: 30, nb: 30, fi: 30, es: 35, ptBR: 25, ptPT: 25 }
const GENRES: Genre[] = ['stt', 'chat', 'email', 'form', 'sms', 'summary', 'sheet', 'webhook']
const BUILD = { stt, chat, email, form, sms, summary, sheet, webhook }
const BUSINESSES: Business[] = ['airline', 'shop', 'utility']

function person(r: Rng, L: Locale): [string, string] {
  const world = r.chance(0.25)
  return [r.pick(world ? WORLD_FIRST : L.first), r.pick(world ? WORLD_LAST : L.last)]
}

function piiSlots(r: Rng, L: Locale): Slots {
  const [first, last] = person(r, L)
  const [f2, l2] = person(r, L)
  // One in four texts writes its names decomposed (e + U+0301), as some
  // mobile keyboards and macOS file names do: combining marks before later spans.
  const nfd = r.chance(0.25)
  const P = (v: string): Piece => ({ v: nfd ? v.normalize('NFD') : v, type: 'PERSON' })
  const [region, prefixes, len] = r.chance(0.2) ? r.pick(FOREIGN) : r.pick(L.phones)
  const foreign = !L.phones.some((p) => p[0] === region)
  return {
    name: P(`${first} ${last}`), first: P(first), last: P(last), name2: P(r.chance(0.6) ? `${f2} ${l2}` : f2), agentFirst: P(r.pick(L.first)),
    phone: phone(r, region, prefixes, len, foreign), email: mail(r, first, last, L.mail), card: card(r),
    iban: ibanPiece(r, r.pick(L.ibans)), ssn: ssn(r), nino: nino(r), ip: r.chance(0.6) ? ipv4(r) : ipv6(r),
  }
}

export type Row = { id: string; lang: string; kind: string; text: string; entities: unknown[]; negatives: unknown[] }

export function buildCorpus(): Row[] {
  const rows: Row[] = []
  const perLang: Record<string, number> = {}
  for (const L of LOCALES) {
    const r = new Rng(hashSeed(`holdout8:${L.id}`))
    for (let i = 0; i < (COUNTS[L.id] as number); i++) {
      const genre = GENRES[i % GENRES.length] as Genre
      const biz = BUSINESSES[Math.floor(i / GENRES.length) % 3] as Business
      const s: Slots = { ...lookalikes(r, L.id), ...addressSlots(r, L.id), ...piiSlots(r, L), product: r.pick(PRODUCTS) }
      const c: Ctx = { r, L, s, pii: i % 5 !== 4, biz, company: r.pick(COMPANIES[biz]) }
      const b = new Builder()
      BUILD[genre](b, c)
      const n = (perLang[L.lang] = (perLang[L.lang] ?? 0) + 1)
      rows.push({ id: `${L.lang}-${genre}-${String(n).padStart(4, '0')}`, lang: L.lang, kind: genre, text: b.text, entities: b.entities, negatives: b.negatives })
    }
  }
  return rows
}

export function corpusText(): string {
  return buildCorpus().map((x) => JSON.stringify(x)).join('\n') + '\n'
}

if (import.meta.main) {
  writeFileSync(OUT, corpusText())
  console.log(`wrote ${OUT}`)
}
