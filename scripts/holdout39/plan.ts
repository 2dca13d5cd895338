// What one text carries, decided before a word of it is written.
import { drawPerson, type Person } from "./people.ts"
import type { Rng } from "./rng.ts"
import type { Domain, Locale } from "./types.ts"

export type Extra = "card" | "iban" | "ssn" | "nino" | "ip" | "luhn-invalid" | "iban-checksum" | "ssn-invalid" | "nino-invalid"

export interface Plan {
  negOnly: boolean
  main: Person
  other?: Person
  agent?: Person
  /** More people for the rows of a CSV export. */
  crowd: Person[]
  phones: 0 | 1 | 2
  email: boolean
  bizEmail: boolean
  extras: Extra[]
  word?: string
  emoji: boolean
  topics: string[]
  /** A reference under the language's "ref" key: phone-shaped, a health number or a mooring. */
  refLine: boolean
}

function extras(rng: Rng, loc: Locale, kind: string, neg: boolean): Extra[] {
  const x: Extra[] = []
  const pii = (e: Extra, p: number) => { if (!neg && rng.chance(p)) x.push(e) }
  const bad = (e: Extra, p: number) => { if (rng.chance(p)) x.push(e) }
  pii("ip", kind === "log" ? 1 : kind === "form" ? 0.4 : kind === "csv" || kind === "ticket" ? 0.25 : 0)
  pii("card", 0.11)
  if (loc.iban) pii("iban", 0.3)
  if (loc.ssn) pii("ssn", loc.ssn)
  if (loc.nino) pii("nino", loc.nino)
  bad("luhn-invalid", 0.13)
  if (loc.iban) bad("iban-checksum", 0.14)
  if (loc.ssn) bad("ssn-invalid", 0.1)
  if (loc.nino) bad("nino-invalid", loc.nino > 0.3 ? 0.2 : 0.03)
  return x
}

/** A name-word sentence, and sometimes someone in the same text who bears that name. */
function wordAndName(rng: Rng, loc: Locale): { word?: string; given?: string } {
  if (!rng.chance(0.5)) return {}
  const word = rng.pick(loc.w.words)
  const bare = /\[([^\]]+)\]/.exec(word)![1]!.toLowerCase()
  const given = [...loc.names.m, ...loc.names.f].find((g) => g.toLowerCase() === bare)
  return { word, given: given && rng.chance(0.6) ? given : undefined }
}

export function drawPlan(rng: Rng, loc: Locale, domain: Domain, kind: string, negOnly: boolean): Plan {
  const { word, given } = wordAndName(rng, loc)
  const topics = [...loc.w.topics[domain]]
  const first = topics.splice(rng.int(0, topics.length - 1), 1)[0]!
  const main = drawPerson(rng, loc, given)
  const others = () => { for (;;) { const p = drawPerson(rng, loc); if (p.family !== main.family && p.given !== main.given) return p } }
  return {
    negOnly,
    main,
    other: rng.chance(0.62) ? others() : undefined,
    agent: rng.chance(0.5) ? others() : undefined,
    crowd: kind === "csv" ? Array.from({ length: rng.int(1, 3) }, others) : [],
    phones: negOnly || rng.chance(0.12) ? 0 : rng.chance(0.2) ? 2 : 1,
    email: !negOnly && rng.chance(0.45),
    bizEmail: rng.chance(0.22),
    extras: extras(rng, loc, kind, negOnly),
    word,
    emoji: rng.chance(0.45),
    topics: rng.chance(0.5) ? [first, rng.pick(topics)] : [first],
    refLine: rng.chance(0.35),
  }
}
