// Pieces every kind of text is made of: the fills of a text, its topic, role, extra and
// name-word sentences, each written in the text's language.
import type { Ctx, Extra } from "./ctx.ts"
import { splitMark } from "./locale-types.ts"
import type { NameStyle, Person } from "./people.ts"
import { ROLE } from "./plan.ts"
import { fill, numberFills, personFills, putExtra, type Fill } from "./slots.ts"
import type { Text } from "./text.ts"

export interface Writer { c: Ctx; t: Text; fills: Record<string, Fill>; say(tpl: string): void }

export function writer(c: Ctx, t: Text, styles: NameStyle[]): Writer {
  const memo = new Map<string, string>()
  const fills = { ...numberFills(c, memo), ...personFills(c, () => c.rng.pick(styles)) }
  return { c, t, fills, say: (tpl) => fill(t, tpl, fills) }
}

export const cap = (s: string) => (/^\p{Ll}/u.test(s) ? s[0]!.toLocaleUpperCase() + s.slice(1) : s)

export function topics(w: Writer): void {
  w.c.plan.topics.forEach((tpl, i) => { if (i) w.t.say(" "); w.say(tpl) })
}

/** The domain's third party in a sentence, and a funeral's next of kin after it. */
export function role(w: Writer, sep = ". ", lead = ""): boolean {
  const { c } = w
  if (c.plan.negOnly || !c.plan.other) return false
  w.t.say(lead)
  w.say(cap(fitting(c, c.loc.w.roles[ROLE[c.domain]], c.plan.other)))
  if (c.plan.kin) { w.t.say(sep.trim() === "" ? "; " : sep); w.say(cap(fitting(c, c.loc.w.roles.kin, c.plan.kin).replace("{other}", "{kin}"))) }
  return true
}

/** A role sentence that agrees with the person's gender (a sentence may end in /m or /f). */
function fitting(c: Ctx, tpls: string[], who: Person): string {
  const ok = tpls.filter((t) => { const m = splitMark(t)[1]; return !m || !who.gender || m === who.gender })
  return splitMark(c.rng.pick(ok.length ? ok : tpls.filter((t) => !splitMark(t)[1])))[0]
}

const EXTRA_LOCAL = (c: Ctx, x: Extra): string => {
  const k = c.keys
  switch (x) {
    case "card": case "luhn-invalid": return k.card
    case "iban": case "iban-checksum": return k.iban
    case "ssn": case "ssn-invalid": return "SSN"
    case "nino": case "nino-invalid": return c.loc.tag.startsWith("en") ? "NI number" : "UK NINO"
    case "natid": return k.natid
    case "ip": return "IP"
  }
}

export const EXTRA_CODE: Record<Extra, string> = {
  card: "card", "luhn-invalid": "card", iban: "iban", "iban-checksum": "iban", ssn: "ssn", "ssn-invalid": "ssn", nino: "ni_number", "nino-invalid": "ni_number", natid: "national_id", ip: "client_ip",
}

/** An extra as a sentence of the language where it has one (SSN, NINO), else as `key: value`. */
export function extra(w: Writer, x: Extra, asRow = false): void {
  const { c, t } = w
  const tpls = x.startsWith("ssn") ? c.loc.w.ssn : x.startsWith("nino") ? c.loc.w.nino : undefined
  if (tpls && !asRow && c.rng.chance(0.7)) {
    const slot = x.startsWith("ssn") ? "ssn" : "nino"
    fill(t, cap(c.rng.pick(tpls)), { ...w.fills, [slot]: (tt) => putExtra(c, tt, x) })
    return
  }
  t.say(`${EXTRA_LOCAL(c, x)}: `)
  putExtra(c, t, x)
}

/** The name-word sentence, when the plan has one. */
export function word(w: Writer, before = " "): void {
  if (w.c.plan.word) { w.t.say(before); w.say(w.c.plan.word) }
}

export const hi = (c: Ctx) => c.rng.pick(c.loc.w.hi)
export const bye = (c: Ctx) => c.rng.pick(c.loc.w.bye)
