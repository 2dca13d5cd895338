// What one text carries, decided before a word of it is written.
import type { Ctx, Extra, Plan } from "./ctx.ts"
import type { Domain, Locale, Role } from "./locale-types.ts"
import { splitMark } from "./locale-types.ts"
import { NATIONAL_ID } from "./national-ids.ts"
import { drawPerson } from "./people.ts"
import type { Rng } from "./prng.ts"

export const DOMAIN_SLOTS: Record<Domain, string[]> = {
  courier: ["trk", "locker", "pin"], council: ["permit", "plate", "ctax", "property"], tickets: ["order", "ticket", "seat", "gate"], funeral: ["plot", "grave", "booking"],
}
export const ROLE: Record<Domain, Role> = { courier: "driver", council: "partner", tickets: "holder", funeral: "deceased" }

function extras(rng: Rng, loc: Locale, kind: string, negOnly: boolean): Extra[] {
  const x: Extra[] = []
  const pii = (e: Extra, p: number) => { if (!negOnly && rng.chance(p)) x.push(e) }
  const bad = (e: Extra, p: number) => { if (rng.chance(p)) x.push(e) }
  if (kind === "log") pii("ip", 1)
  else if (kind === "form") pii("ip", 0.35)
  else if (kind === "csv") pii("ip", 0.2)
  pii("card", 0.1)
  if (loc.iban) pii("iban", 0.28)
  if (loc.ssn) pii("ssn", loc.tag === "es-MX" ? 0.4 : 0.25)
  if (loc.nino) pii("nino", loc.tag === "en-GB" ? 0.7 : 0.12)
  if (NATIONAL_ID[loc.tag]) bad("natid", 0.25)
  bad("luhn-invalid", 0.1)
  if (loc.iban) bad("iban-checksum", 0.11)
  if (loc.ssn) bad("ssn-invalid", 0.08)
  if (loc.nino) bad("nino-invalid", loc.tag === "en-GB" ? 0.25 : 0.06)
  return x
}

/** A name-word sentence, and sometimes someone in the same text who bears that name. */
function wordAndName(rng: Rng, loc: Locale): { word?: string; given?: string } {
  if (!rng.chance(0.42)) return {}
  const word = rng.pick(loc.w.words)
  const bare = /\[([^\]]+)\]/.exec(word)![1]!.toLowerCase()
  const given = loc.given.find((g) => splitMark(g)[0].toLowerCase() === bare)
  return { word, given: given && rng.chance(0.55) ? given : undefined }
}

export function drawPlan(c: Omit<Ctx, "plan">, negOnly: boolean): Plan {
  const { rng, loc, domain, kind } = c
  const { word, given } = wordAndName(rng, loc)
  const phones = negOnly || rng.chance(0.17) ? 0 : rng.chance(0.16) ? 2 : 1
  const topics = [...loc.w.topics[domain]]
  const first = topics.splice(rng.int(0, topics.length - 1), 1)[0]!
  return {
    negOnly,
    main: drawPerson(rng, loc, given),
    other: domain === "funeral" ? (rng.chance(0.85) ? drawPerson(rng, loc) : undefined) : rng.chance(0.55) ? drawPerson(rng, loc) : undefined,
    kin: domain === "funeral" && rng.chance(0.35) ? drawPerson(rng, loc) : undefined,
    agent: rng.chance(0.5) ? drawPerson(rng, loc) : undefined,
    phones, ext: phones > 0 && rng.chance(0.09),
    email: !negOnly && rng.chance(0.45), bizEmail: rng.chance(0.25),
    extras: extras(rng, loc, kind, negOnly), word, emoji: rng.chance(0.42),
    topics: rng.chance(0.45) ? [first, rng.pick(topics)] : [first],
    ref: rng.chance(0.45), postcode: rng.chance(0.4), version: kind === "log" ? rng.chance(0.7) : rng.chance(0.05),
  }
}
