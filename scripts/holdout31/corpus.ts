// The corpus plan (business, region, kind and flags of each text) and the
// build: fill the skeleton, run the generator's checks, retry on failure.
import { Ctx, type Flags } from "./ctx.ts"
import { checkFlags, namesCovered, negativeIsClean } from "./checks.ts"
import { resetTurns } from "./extras.ts"
import { BIZ, type Biz } from "./pack.ts"
import { packFor } from "./packs.ts"
import { nameParts, resetWordTurns } from "./persons.ts"
import { Rng, hash32 } from "./prng.ts"
import { REGIONS, regionById } from "./regions.ts"
import { Builder, fill } from "./render.ts"
import { NEG_KINDS, negText } from "./skeletons-neg.ts"
import * as D from "./skeletons-data.ts"
import * as P from "./skeletons-prose.ts"

export const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"] as const
export const TOTAL = 480
export const NEG_ONLY = 60

const SKELETONS: Record<string, (c: Ctx) => string> = {
  form: P.form, sms: P.sms, chat: P.chat, summary: P.summary, note: P.note, email: P.email, transcript: P.transcript, voicemail: P.voicemail, ticket: P.ticket,
  csv: D.csv, json: D.json, log: D.log, table: D.table, yaml: D.yaml,
}

export interface Plan {
  i: number
  biz: Biz
  region: string
  kind: string
  flags: Flags
}

export interface Built {
  id: string
  line: string
  nameParts: string[]
  negOnly: boolean
  region: string
  biz: Biz
  flags: Flags
}

export function plan(): Plan[] {
  const rng = new Rng(hash32("holdout31-plan"))
  const en = REGIONS.filter((r) => r.lang === "en").map((r) => r.id)
  const other = REGIONS.filter((r) => r.lang !== "en").map((r) => r.id)
  const regions = rng.shuffle([...Array.from({ length: TOTAL / 2 }, (_, i) => en[i % en.length]!), ...Array.from({ length: TOTAL / 2 }, (_, i) => other[i % other.length]!)])
  const kinds = rng.shuffle(Array.from({ length: TOTAL }, (_, i) => KINDS[i % KINDS.length]!))
  const biz = rng.shuffle(Array.from({ length: TOTAL }, (_, i) => BIZ[i % BIZ.length]!))
  const order = rng.shuffle(Array.from({ length: TOTAL }, (_, i) => i))
  const negOnly = new Set(order.filter((i) => NEG_KINDS.includes(kinds[i]!)).slice(0, NEG_ONLY))
  return Array.from({ length: TOTAL }, (_, i) => {
    const region = regionById(regions[i]!)
    const neg = negOnly.has(i)
    const kind = kinds[i]!
    const flags: Flags = {
      negOnly: neg,
      lower: !neg && ["sms", "note", "transcript", "chat"].includes(kind) && rng.chance(0.5),
      emoji: !neg && rng.chance(0.26),
      nfd: region.lang !== "en" && rng.chance(0.5),
    }
    return { i, biz: biz[i]!, region: region.id, kind, flags }
  })
}

function attempt(p: Plan, n: number): Built | undefined {
  const region = regionById(p.region)
  const rng = new Rng(hash32(`holdout31:${p.i}:${n}`))
  const c = new Ctx(rng, region, packFor(region), p.biz, p.kind, p.flags, region.lang === "en" ? 0.15 : 0.3)
  const template = p.flags.negOnly ? negText(c) : SKELETONS[p.kind]!(c)
  const b = new Builder(p.flags.nfd ? "NFD" : "NFC")
  fill(b, template, (k) => c.get(k))
  const parts = [...new Set(c.persons.flatMap(nameParts))]
  if (!namesCovered(b, parts)) return fail("names", b.text)
  const dirty = b.negatives.find((x) => !negativeIsClean(x.kind, b.text.slice(x.start, x.end), region))
  if (dirty) return fail(`negative ${dirty.kind}`, b.text.slice(dirty.start, dirty.end))
  if (!checkFlags(b, p.flags, c.emojiUsed)) return fail("flags", b.text)
  const id = `${region.lang}-${p.kind}-${String(p.i + 1).padStart(4, "0")}`
  const line = JSON.stringify({
    id,
    lang: region.lang,
    kind: p.kind,
    text: b.text,
    entities: b.entities.map((e) => ({ type: e.type, start: e.start, end: e.end })),
    negatives: b.negatives.map((x) => ({ kind: x.kind, start: x.start, end: x.end })),
  })
  return { id, line, nameParts: parts, negOnly: p.flags.negOnly, region: p.region, biz: p.biz, flags: p.flags }
}

/** Why the last attempt failed (for the error message). */
let lastFailure = ""
function fail(why: string, what: string): undefined {
  lastFailure = `${why}: ${what.slice(0, 400)}`
  return undefined
}

export function build(): Built[] {
  resetTurns()
  resetWordTurns()
  return plan().map((p) => {
    for (let n = 0; n < 60; n++) {
      const got = attempt(p, n)
      if (got) return got
    }
    throw new Error(`text ${p.i} (${p.region} ${p.kind}) failed its checks 60 times; last: ${lastFailure}`)
  })
}
