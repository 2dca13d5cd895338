// The four businesses (120 texts each): what each one's texts hold and in which order they tell it.
import { safeNumber } from "./checks.ts"
import * as ids from "./biz-ids.ts"
import * as num from "./numbers.ts"
import { person } from "./names.ts"
import type { Business, Scene } from "./scene.ts"
import type { Rng } from "./rng.ts"

const IBAN_CC = new Set(["GB", "SE", "FI", "EE", "PL", "CZ", "RO", "HR", "GR", "TR", "IT", "BR", "FR", "AT"])

function date(s: Scene): string {
  const d = new Date(Date.UTC(2026, 0, 1 + s.r.int(365)))
  const style = s.r.pick(["short", "medium", "long", "iso"] as const)
  return style === "iso" ? d.toISOString().slice(0, 10) : new Intl.DateTimeFormat(s.loc.intl, { dateStyle: style, timeZone: "UTC" }).format(d)
}
function amount(s: Scene): string {
  const n = (20 + s.r.int(48000)) / (s.r.chance(0.5) ? 1 : 10)
  return new Intl.NumberFormat(s.loc.intl, { style: "currency", currency: s.loc.currency }).format(n)
}
/** A domestic account where the country has no IBAN, drawn until it is no phone and fails Luhn. */
function bankAccount(cc: string, r: Rng): string {
  const make: Record<string, (r: Rng) => string> = {
    AU: (x) => `${x.pick(["062", "033", "083", "012"])}-${x.digits(3)} ${x.digits(8)}`, ZA: (x) => `${x.pick(["250655", "632005", "470010"])} ${x.digits(10)}`,
    NG: (x) => `${x.pick(["0", "1", "2"])}${x.digits(9)}`, KE: (x) => `${x.pick(["01", "11"])}${x.digits(11)}`, SG: (x) => `${x.digits(3)}-${x.digits(6)}-${x.digits(1)}`,
    HK: (x) => `${x.pick(["004", "024", "012"])}-${x.digits(3)}-${x.digits(6)}-${x.digits(3)}`, US: (x) => `${x.digits(10)}`, CA: (x) => `${x.digits(5)}-${x.digits(3)}-${x.digits(7)}`,
  }
  for (;;) {
    const v = make[cc]!(r)
    if (safeNumber(v)) return v
  }
}

/** Payment and identity facts shared by the businesses: card on file, payout account, SSN or NI number, and lookalikes. */
function money(s: Scene, opts: { payout: boolean; card: boolean; ids: boolean }): void {
  const { r, cc } = s
  s.set("amount", { v: amount(s), kind: "amount" })
  s.set("date", { v: date(s), kind: "date" })
  s.set("masked", { v: ids.maskedCard(r), kind: "masked-card" })
  s.set("luhn", { v: num.luhnInvalid(r), kind: "luhn-invalid" })
  if (IBAN_CC.has(cc)) s.set("badiban", { v: num.ibanBad(cc, r), kind: "iban-checksum" })
  if (s.negOnly) return
  if (opts.payout) s.set(IBAN_CC.has(cc) ? "iban" : "bank", IBAN_CC.has(cc) ? { v: num.iban(cc, r), type: "IBAN" } : { v: bankAccount(cc, r), kind: "bank-account" })
  if (opts.card) s.set("card", { v: num.card(r), type: "CARD" })
  if (!opts.ids || s.loc.lang !== "en") return
  const us = s.loc.tag.startsWith("en-US"), uk = s.loc.tag.startsWith("en-GB")
  if (us ? r.chance(0.9) : r.chance(0.12)) s.set("ssn", { v: num.ssn(r), type: "US_SSN" })
  if (uk ? r.chance(0.9) : r.chance(0.12)) s.set("nino", { v: num.nino(r), type: "UK_NINO" })
  if (us && r.chance(0.3)) s.set("ssnbad", { v: num.ssnBad(r), kind: "ssn-invalid" })
  if (uk && r.chance(0.3)) s.set("ninobad", { v: num.ninoBad(r), kind: "nino-invalid" })
}

/** The customer's lines after the business's own: call back, e-mail, payment, and the lookalikes. */
function tail(s: Scene): string[] {
  const { L, r } = s
  if (s.negOnly) return [L.status, ...(s.has("luhn") && r.chance(0.4) ? [L.declined] : []), ...(s.has("badiban") && r.chance(0.4) ? [L.bounced] : []), ...(r.chance(0.5) ? [L.masked] : [])]
  const out = [L.call]
  if (r.chance(0.6)) out.push(L.mail)
  if (s.has("iban")) out.push(L.payout)
  if (s.has("bank")) out.push(L.acct)
  if (s.has("card")) out.push(L.card)
  if (r.chance(0.35)) out.push(L.masked)
  if (r.chance(0.3)) out.push(L.declined)
  if (s.has("badiban") && r.chance(0.3)) out.push(L.bounced)
  if (s.has("ssn")) out.push(r.pick(["For the form my SSN is {ssn}.", "SSN for the W-9: {ssn}.", "My social, SSN {ssn}, is on the account."]))
  if (s.has("ssnbad")) out.push("The SSN {ssnbad} on the old form was mistyped.")
  if (s.has("nino")) out.push(r.pick(["My NI number is {nino}.", "NI number: {nino}.", "For the ID check, NI number {nino}."]))
  if (s.has("ninobad")) out.push("The NI number {ninobad} you had was wrong.")
  return out
}

export const TELECOM: Business = {
  key: "telecom", name: "Kestrel Mobile", domain: "kestrelmobile.example",
  facts(s) {
    const { r, cc } = s
    s.set("iccid", { v: ids.iccid(cc, r), kind: "iccid" })
    s.set("eid", { v: ids.eid(r), kind: "eid" })
    s.set("imei", { v: ids.imei(r), kind: "imei" })
    s.set("imsi", { v: ids.imsi(cc, r), kind: "imsi" })
    s.set("pac", { v: ids.portingCode(cc, r), kind: "porting-code" })
    s.set("ref", s.val("pac"))
    money(s, { payout: false, card: r.chance(0.45), ids: true })
  },
  story: (s) => (s.negOnly ? [s.L.tel2] : [s.L.tel, s.L.tel2]).concat(tail(s)),
  fields: (s) => (s.negOnly ? ["iccid", "imsi", "imei", "pac"] : ["name", "phone", "email", "iccid", "eid", "imsi", "pac"]),
}

export const HOSPITAL: Business = {
  key: "hospital", name: "Larchfield Private Clinic", domain: "larchfield-clinic.example",
  facts(s) {
    const { r, cc } = s
    s.set("invoice", { v: ids.invoice(r), kind: "invoice" })
    s.set("procedure", { v: ids.procedureCode(cc, r), kind: "procedure-code" })
    s.set("member", { v: ids.memberId(r), kind: "member-id" })
    s.set("ref", s.val("invoice"))
    if (!s.negOnly) {
      const doc = person(s.loc, r, { local: true })
      s.d.parts.push(...doc.parts)
      s.set("doctor", { v: doc.full, type: "PERSON" })
    }
    money(s, { payout: r.chance(0.4), card: r.chance(0.4), ids: true })
  },
  story: (s) => (s.negOnly ? [s.L.hos] : [s.L.hos, s.L.hos2]).concat(tail(s)),
  fields: (s) => (s.negOnly ? ["invoice", "procedure", "member", "amount"] : ["name", "email", "phone", "invoice", "member", "amount"]),
}

export const CARPARTS: Business = {
  key: "carparts", name: "Partwise Motor Spares", domain: "partwise.example",
  facts(s) {
    const { r, cc } = s
    s.set("order", { v: ids.orderNumber(r), kind: "order-number" })
    s.set("part", { v: ids.partNumber(r), kind: "part-number" })
    s.set("vin", { v: ids.vin(r), kind: "vin" })
    s.set("tracking", { v: ids.tracking(cc, r), kind: "tracking" })
    s.set("ref", s.val("order"))
    money(s, { payout: false, card: r.chance(0.55), ids: false })
  },
  story: (s) => [s.L.car, s.L.car2].concat(tail(s)),
  fields: (s) => (s.negOnly ? ["order", "part", "vin", "tracking"] : ["name", "email", "phone", "order", "vin", "tracking"]),
}

export const LOTTERY: Business = {
  key: "lottery", name: "Northstar Lotteries", domain: "northstar-lotto.example",
  facts(s) {
    const { r } = s
    s.set("player", { v: ids.playerId(r), kind: "player-id" })
    s.set("selfex", { v: ids.selfExclusion(r), kind: "self-exclusion-ref" })
    s.set("ticket", { v: ids.ticketNumber(r), kind: "ticket-number" })
    s.set("ref", s.val("player"))
    money(s, { payout: r.chance(0.7), card: r.chance(0.5), ids: true })
  },
  story: (s) => [s.L.lot, s.L.lot2].concat(tail(s)),
  fields: (s) => (s.negOnly ? ["player", "selfex", "ticket", "amount"] : ["name", "email", "phone", "player", "selfex"]),
}

export const BUSINESSES = [TELECOM, HOSPITAL, CARPARTS, LOTTERY]
