// A CRM record of one customer as the business's systems hold it: keys, and a writer for each value.
import type { Person, Scene } from "./scene.ts"
import { ipv4, ipv6, nino, ssn, ssnInvalid, ninoInvalid } from "./values.ts"
import { iban } from "./iban.ts"

export interface Field { key: string; put: () => void }

/** Whether this text's customer is asked for a US SSN or a UK NI number (motor and mobile credit checks). */
export function idField(s: Scene): Field | undefined {
  const { r, loc, biz } = s
  if (biz !== "motor" && biz !== "mobile") return undefined
  if (loc.cc === "US" || r.chance(0.18)) return { key: "ssn", put: () => (r.chance(0.2) ? s.neg("ssn-invalid", ssnInvalid(r)) : s.ent("US_SSN", ssn(r))) }
  if (loc.cc === "GB" || r.chance(0.3)) return { key: "ni_number", put: () => (r.chance(0.2) ? s.neg("nino-invalid", ninoInvalid(r)) : s.ent("UK_NINO", nino(r, r.chance(0.6)))) }
  return undefined
}

function payment(s: Scene): Field[] {
  const { r, biz } = s
  if (biz === "gym") return [{ key: s.loc.iban ? "dd_iban" : "dd_account", put: () => s.bank(r.pick(["grouped", "compact"])) }]
  if (biz === "hotel") return [{ key: "guarantee_card", put: () => s.card() }, { key: "card_expiry", put: () => s.num("card-expiry") }]
  if (r.chance(0.4)) return [{ key: "card_last4", put: () => s.num("masked-card") }]
  if (biz === "motor" && s.loc.iban && r.chance(0.5)) return [{ key: "payout_iban", put: () => s.ent("IBAN", iban(r, s.loc.cc, "grouped")) }]
  return r.chance(0.5) ? [{ key: "card", put: () => s.card() }] : []
}

function own(s: Scene): Field[] {
  const n = (key: string, kind: string): Field => ({ key, put: () => s.num(kind) })
  switch (s.biz) {
    case "motor": return [n("claim_ref", "claim-ref"), n("policy_no", "policy-number"), n("vehicle_reg", "vehicle-reg"), n("vin", "vin"), n("repairer_id", "garage-number")]
    case "mobile": return [n("port_code", "port-code"), n("iccid", "iccid"), n("imei", "imei")]
    case "hotel": return [n("confirmation_no", "confirmation-number"), n("loyalty_no", "loyalty-number"), n("room", "room-number")]
    case "gym": return [n("member_id", "member-id"), n("fob_no", "fob-number"), n("class_code", "class-code")]
  }
}

/** The record of person `p`: identity and contact first, then the business's numbers, payment and a web-form IP. */
export function record(s: Scene, p: Person, split: boolean): Field[] {
  const { r } = s
  const phoneKey = { motor: "mobile", mobile: "msisdn", hotel: "phone", gym: "tel" }[s.biz]
  const fields: Field[] = split
    ? [{ key: "first_name", put: () => s.name(p, "given") }, { key: "last_name", put: () => s.name(p, "family") }]
    : [{ key: { motor: "policyholder", mobile: "customer", hotel: "guest_name", gym: "name" }[s.biz], put: () => s.name(p, r.chance(0.2) ? "comma" : "full") }]
  fields.push({ key: phoneKey, put: () => s.phone(p, phoneKey === "msisdn" ? ["e164", "intl"] : undefined) })
  if (r.chance(0.85)) fields.push({ key: "email", put: () => s.mail(p) })
  const mine = own(s).filter((_, i) => i < 2 || r.chance(0.6))
  fields.push(...mine)
  const id = idField(s)
  if (id) fields.push(id)
  fields.push(...payment(s))
  if (r.chance(0.35)) fields.push({ key: "created", put: () => s.date() })
  if (r.chance(0.3)) fields.push({ key: r.pick(["signup_ip", "client_ip", "last_login_ip"]), put: () => s.ent("IP_ADDRESS", r.chance(0.7) ? ipv4(r) : ipv6(r)) })
  return fields
}

/** The SSN or NI number said in a sentence, after its field name, when this customer has one. */
export function idSay(s: Scene): void {
  const f = idField(s)
  if (!f) return
  s.t(f.key === "ssn" ? " SSN: " : " NI number: ")
  f.put()
  s.t(".")
}
