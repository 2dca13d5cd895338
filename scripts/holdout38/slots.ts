// Template filling: {slot} writes a labeled value, [word] a name-word used as an ordinary word.
// A slot's value is drawn once per text, so a number named twice is the same number.
import type { Ctx, Extra } from "./ctx.ts"
import * as I from "./ids.ts"
import { amount, date, time } from "./local-formats.ts"
import { NATIONAL_ID } from "./national-ids.ts"
import * as N from "./numbers.ts"
import { emailOf, putName, type NameStyle, type Person } from "./people.ts"
import { drawPhone, writePhone, type PhoneForm } from "./phones.ts"
import type { Text } from "./text.ts"

export type Fill = (t: Text) => void
const EMOJI_BEFORE: Record<string, string[]> = {
  phone: ["📞 ", "📱", "☎️ ", "📲 "], name: ["👋 ", "🙂 ", "🙏 "], email: ["📧 ", "✉️ "], trk: ["📦 ", "📦"], ticket: ["🎟️ ", "🎫 "], booking: ["🕊️ "], plate: ["🚗 "],
}

const FORMS_BY_KIND: Record<string, PhoneForm[]> = {
  sms: ["national", "compact", "local"], chat: ["national", "local", "compact", "intl"], log: ["e164", "e164", "intl"], csv: ["e164", "national", "intl"],
  form: ["national", "intl", "local", "00"], email: ["intl", "national", "local", "00"], note: ["national", "local", "compact"], summary: ["national", "intl", "local"],
}

/** Draws a value once per text, and writes it each time the slot is named. */
function once(memo: Map<string, string>, slot: string, make: () => string): string {
  if (!memo.has(slot)) memo.set(slot, make())
  return memo.get(slot)!
}

export function numberFills(c: Ctx, memo: Map<string, string>): Record<string, Fill> {
  const r = c.rng
  const city = c.loc.cities[0]!.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase() || "SOF"
  const neg = (slot: string, kind: string, make: () => string): Fill => (t) => {
    if (c.plan.emoji && EMOJI_BEFORE[slot] && r.chance(0.4)) t.say(r.pick(EMOJI_BEFORE[slot]!))
    t.not(kind, once(memo, slot, make))
  }
  return {
    trk: neg("trk", "tracking", () => N.tracking(r, c.loc.cc)), locker: neg("locker", "locker", () => N.locker(r, city)), pin: neg("pin", "locker-pin", () => N.lockerPin(r)),
    permit: neg("permit", "permit", () => N.permit(r)), plate: neg("plate", "plate", () => c.f.plate(r)), ctax: neg("ctax", "ctax-account", () => N.ctaxAccount(r)),
    property: neg("property", "property-ref", () => N.propertyRef(r)), order: neg("order", "order-ref", () => N.orderRef(r)), ticket: neg("ticket", "ticket-no", () => N.ticketNo(r)),
    seat: neg("seat", "seat", () => N.seat(r)), gate: neg("gate", "gate", () => N.gate(r)), plot: neg("plot", "plot", () => N.plot(r)), grave: neg("grave", "grave", () => N.grave(r)),
    booking: neg("booking", "booking-ref", () => N.bookingRef(r)), date: neg("date", "date", () => date(r, c.f)), time: neg("time", "time", () => time(r, c.f)),
    amount: neg("amount", "amount", () => amount(r, c.f)),
    money: (t) => { t.say(c.f.cur ?? ""); t.not("amount", once(memo, "amount", () => amount(r, c.f))) }, postcode: neg("postcode", "postcode", () => c.f.postcode(r)), ref: neg("ref", "phone-shaped-ref", () => N.phoneShapedRef(r)),
    version: neg("version", "version", () => N.version(r)), natid: neg("natid", "national-id", () => nationalId(c)),
  }
}

/** A national id is drawn again only while it is a valid phone in its own country (where it is read with its key). */
const nationalId = (c: Ctx) => N.notPhone(() => NATIONAL_ID[c.loc.tag]!(c.rng), [c.loc.cc])

export function putPhone(c: Ctx, t: Text): void {
  const p = drawPhone(c.rng, c.loc.cc, c.loc.tag === "fr-CA" ? "CA-QC" : c.loc.cc)
  t.pii("PHONE", writePhone(p, c.rng.pick(FORMS_BY_KIND[c.kind] ?? ["national"]), c.rng))
}

/** One or two numbers, joined by the language's "or"; an extension stays outside the span. */
export function putPhones(c: Ctx, t: Text): void {
  putPhone(c, t)
  if (c.plan.ext) t.say(` ${c.loc.w.ext} `).not("extension", String(c.rng.int(10, 899)))
  if (c.plan.phones === 2) { t.say(` ${c.loc.w.or} `); putPhone(c, t) }
}

export function putExtra(c: Ctx, t: Text, x: Extra): void {
  const r = c.rng
  const cc = c.loc.iban ?? "GB"
  switch (x) {
    case "card": t.pii("CARD", I.card(r)); break
    case "iban": t.pii("IBAN", I.iban(r, cc)); break
    case "ssn": t.pii("US_SSN", I.ssn(r)); break
    case "nino": t.pii("UK_NINO", I.nino(r)); break
    case "ip": t.pii("IP_ADDRESS", r.chance(0.7) ? I.ipv4(r) : I.ipv6(r)); break
    case "natid": t.not("national-id", nationalId(c)); break
    case "luhn-invalid": t.not("luhn-invalid", I.card(r, true)); break
    case "iban-checksum": t.not("iban-checksum", I.iban(r, cc, true)); break
    case "ssn-invalid": t.not("ssn-invalid", N.notPhone(() => I.ssn(r, true))); break
    case "nino-invalid": t.not("nino-invalid", I.nino(r, true)); break
  }
}

export function personFills(c: Ctx, style: () => NameStyle): Record<string, Fill> {
  const p = c.plan
  const named = (who: Person | undefined, s?: NameStyle): Fill => (t) => putName(t, who ?? p.main, s ?? style())
  const emoji = (slot: string, f: Fill): Fill => (t) => {
    if (p.emoji && EMOJI_BEFORE[slot] && c.rng.chance(0.5)) t.say(c.rng.pick(EMOJI_BEFORE[slot]!))
    f(t)
  }
  return {
    name: named(p.main),
    sig: emoji("name", named(p.main)),
    given: (t) => putName(t, p.main, style().startsWith("lower") ? "lower given" : "given"),
    other: named(p.other), kin: named(p.kin), agent: named(p.agent, c.rng.pick(["full", "given"])),
    phone: emoji("phone", (t) => putPhones(c, t)),
    email: emoji("email", (t) => t.pii("EMAIL", emailOf(c.rng, p.main, c.loc))),
  }
}

/** Writes a template: `{slot}` through its fill, `[word]` as a name-word negative, the rest as text. */
export function fill(t: Text, tpl: string, fills: Record<string, Fill>): void {
  const re = /\{(\w+)\}|\[([^\]]+)\]/g
  let at = 0
  for (let m = re.exec(tpl); m; m = re.exec(tpl)) {
    t.say(tpl.slice(at, m.index))
    if (m[2] !== undefined) t.not("name-word", m[2])
    else {
      const f = fills[m[1]!]
      if (!f) throw new Error(`template slot {${m[1]}} has no fill: ${tpl}`)
      f(t)
    }
    at = m.index + m[0].length
  }
  t.say(tpl.slice(at))
}
