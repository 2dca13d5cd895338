// Builds test/fixtures/pii-holdout9/corpus.jsonl: contact-center texts of a
// car rental company, a hotel chain and a roadside assistance insurer, in
// English (US, UK, IE) and seven other EU languages, every label placed by
// the renderer. `bun scripts/gen-holdout9.ts` rewrites the file byte for
// byte; `--counts` prints the tables for the README instead.
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { luhnOk, mod97 } from "./holdout9/checks"
import { Ctx } from "./holdout9/ctx"
import { EN_A } from "./holdout9/en-a"
import { EN_B } from "./holdout9/en-b"
import { EN_C } from "./holdout9/en-c"
import { EN_GB, EN_IE, EN_US } from "./holdout9/en-d"
import { ET } from "./holdout9/et"
import { HR } from "./holdout9/hr"
import { HU } from "./holdout9/hu"
import { LOCALES, type Locale } from "./holdout9/locales"
import { LT } from "./holdout9/lt"
import { type Piece, type Rendered, render, t } from "./holdout9/render"
import { RO } from "./holdout9/ro"
import { Rng, seedOf } from "./holdout9/rng"
import { SK } from "./holdout9/sk"
import { SL } from "./holdout9/sl"
import type { Template } from "./holdout9/template"

export const CORPUS = resolve(import.meta.dirname, "../test/fixtures/pii-holdout9/corpus.jsonl")

export interface Line extends Rendered {
  id: string
  lang: string
  kind: string
}

const EN = [...EN_A, ...EN_B, ...EN_C]
/** The shared English templates with a country's own one after every third. */
function weave(shared: Template[], own: Template[]): Template[] {
  const out: Template[] = []
  shared.forEach((tpl, i) => {
    out.push(tpl)
    if (i % 3 === 2) out.push(own[Math.floor(i / 3) % own.length]!)
  })
  return out
}
/** Locale key, templates, how many texts. English is about half. */
const PLAN: [string, Template[], number][] = [
  ["US", weave(EN, EN_US), 72],
  ["GB", weave(EN, EN_GB), 72],
  ["IE", weave(EN, EN_IE), 66],
  ["ro", RO, 30],
  ["hu", HU, 30],
  ["hr", HR, 30],
  ["sk", SK, 30],
  ["sl", SL, 30],
  ["lt", LT, 30],
  ["et", ET, 30],
]

/** Text put before some texts so later offsets cross astral and combining characters. */
const PREFIXES = ["🚗💨 ", "👍🏽 ", "🇪🇺 ", "Cafe\u0301 re\u0301sume\u0301 — ", "⚠️ URGENT ", "👨‍👩‍👧 ", "Ref. ñ\u0303 ", "📎 "]

function decorate(rng: Rng, piece: Piece): Piece {
  return rng.chance(0.3) ? t`${rng.pick(PREFIXES)}${piece}` : piece
}

function selfCheck(line: Line, value: (s: { start: number; end: number }) => string): void {
  const spans = [...line.entities.map((e) => ({ ...e, what: e.type })), ...line.negatives.map((n) => ({ ...n, what: n.kind }))]
  spans.sort((a, b) => a.start - b.start)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    if (!(s.start < s.end && s.end <= line.text.length)) throw new Error(`${line.id}: bad bounds`)
    if (i > 0 && spans[i - 1]!.end > s.start) throw new Error(`${line.id}: overlap`)
    const v = value(s)
    if (v !== v.trim()) throw new Error(`${line.id}: ${s.what} span has outer spaces`)
    if (s.what === "CARD" && !luhnOk(v)) throw new Error(`${line.id}: card fails Luhn`)
    if (s.what === "luhn-invalid" && luhnOk(v)) throw new Error(`${line.id}: negative passes Luhn`)
    if (s.what === "IBAN" && mod97(v) !== 1) throw new Error(`${line.id}: IBAN fails mod-97`)
    if (s.what === "iban-checksum" && mod97(v) === 1) throw new Error(`${line.id}: negative passes mod-97`)
  }
}

function linesOf(loc: Locale, templates: Template[], count: number, first: number): Line[] {
  const rng = new Rng(seedOf(`holdout9-${loc.lang}-${loc.region}`))
  const out: Line[] = []
  for (let i = 0; i < count; i++) {
    const tpl = templates[i % templates.length]!
    const rendered = render(decorate(rng, tpl.make(new Ctx(rng, loc))))
    const n = String(first + i).padStart(4, "0")
    const line: Line = { id: `${loc.lang}-${tpl.kind}-${n}`, lang: loc.lang, kind: tpl.kind, ...rendered }
    selfCheck(line, (s) => line.text.slice(s.start, s.end))
    out.push(line)
  }
  return out
}

export function buildLines(): Line[] {
  const out: Line[] = []
  const next: Record<string, number> = {}
  for (const [key, templates, count] of PLAN) {
    const loc = LOCALES.find((l) => (l.lang === "en" ? l.region : l.lang) === key)!
    const first = (next[loc.lang] ?? 0) + 1
    out.push(...linesOf(loc, templates, count, first))
    next[loc.lang] = first + count - 1
  }
  return out
}

export function buildCorpus(): string {
  return buildLines()
    .map((l) => JSON.stringify({ id: l.id, lang: l.lang, kind: l.kind, text: l.text, entities: l.entities, negatives: l.negatives }))
    .join("\n")
    .concat("\n")
}

function counts(): string {
  const lines = buildLines()
  const tally = (key: (l: Line) => string[]) => {
    const m = new Map<string, number>()
    for (const l of lines) for (const k of key(l)) m.set(k, (m.get(k) ?? 0) + 1)
    return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")
  }
  return [
    `texts ${lines.length}; only negatives ${lines.filter((l) => l.entities.length === 0).length}`,
    `lang: ${tally((l) => [l.lang])}`,
    `kind: ${tally((l) => [l.kind])}`,
    `type: ${tally((l) => l.entities.map((e) => e.type))}`,
    ...["en", "ro", "hu", "hr", "sk", "sl", "lt", "et"].map((g) => `type[${g}]: ${tally((l) => (l.lang === g ? l.entities.map((e) => e.type) : []))}`),
    `negatives: ${tally((l) => l.negatives.map((n) => n.kind))}`,
  ].join("\n")
}

if (import.meta.main) {
  if (process.argv.includes("--counts")) console.log(counts())
  else writeFileSync(CORPUS, buildCorpus())
}
