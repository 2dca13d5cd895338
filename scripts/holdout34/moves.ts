// Sentences skeletons are made of. Each appends literals, labeled values and
// negatives through the context; none searches the text.
import type { Ctx, Person, NameForm } from "./context.ts"
import { card, iban, ssn, nino, ip, badCard, badIban, badSsn, badNino, mac, version } from "./values.ts"
import { nationalId } from "./ids.ts"
import { low } from "./phrases.ts"

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** A name form fitting the kind: lower case in SMS, notes and transcripts sometimes. */
export function form(c: Ctx, casual = false): NameForm {
  if (casual && c.r.chance(0.4)) return c.r.pick(["lower", "lowergiven"])
  return c.r.pick(["full", "full", "given", "full", "family"])
}

/** A business noun opens the sentence; a person's real phone follows. */
export function nounPhone(c: Ctx, who: Person, casual = false): void {
  const r = c.r
  c.emo(0.3)
  switch (c.biz) {
    case "vet":
      c.t(`${c.p("nurse")} `).name(who, casual ? form(c, true) : "given").t(" ").tel().t(". ")
      break
    case "hotel":
      c.t(`${c.p("room")} `).neg("room-number", (x) => String(x.int(101, 1240))).t(` ${low(c.p("guest"))} ${c.title()}`).name(who, "family").t(": ").tel("intl").t(". ")
      break
    case "uni":
      c.t(`${c.p("officer")}, ${c.p("askfor")} `).name(who, "given").t(` ${c.p("on")} `).tel().t(". ")
      break
    default:
      c.t(`${c.p("engineer")} `).name(who, r.chance(0.5) ? "full" : "given").t(` ${c.p("on")} `).tel().t(r.chance(0.3) ? "" : ". ")
  }
}
/** A relative or neighbour giving a number. */
export function relative(c: Ctx, casual = false): void {
  const who = c.person()
  c.t(`${upper(c.p(c.r.pick(["daughter", "neighbour", "son", "partner"])))} `).name(who, casual ? form(c, true) : "given").t(" ").tel().t(". ")
}
/** Two numbers joined by the language's "or". */
export function orTwo(c: Ctx): void {
  c.t(`${c.p("call")} `).tel().t(` ${c.p("or")} `).tel().t(". ")
}
/** A phone with an extension, a time, or glued to a word or colon. */
export function phoneTail(c: Ctx): void {
  const k = c.r.int(0, 4)
  if (k === 4) c.t("Mob").tel().t(" ")
  else if (k === 0) c.t(`${c.p("call")} `).tel("nat").t(` ${c.p("ext")} ${c.r.int(10, 899)}. `)
  else if (k === 1) c.t(`${c.p("callback")} `).tel().t(` ${c.p("after")} `).time().t(". ")
  else if (k === 2) c.t(`${c.p("mobile")}:`).tel().t(" ")
  else c.t("Tel.").tel().t(" ")
}
/** A business number after its noun, sometimes with a reading. */
export function nounNum(c: Ctx): void {
  c.nounNum()
  if (c.biz === "util" && c.r.chance(0.5)) c.t(` ${low(c.p("reading"))} `).neg("meter-reading", (r) => `${r.int(100, 9999)} m3`)
  c.t(". ")
}
/** A national id of the text's region, as a sentence or under a key. */
export function idLine(c: Ctx, style: Style = "prose"): void {
  const key = c.loc.key.startsWith("IE") ? "IE" : c.loc.key.startsWith("CH") ? "CH" : c.loc.key
  for (let i = 0; i < 40; i++) {
    const [kind, v] = nationalId(c.r, key)
    if (!c.innocent(v)) continue
    put(c, style, "national_id", "ID", () => c.neg(kind, () => v))
    return
  }
}

export type Style = "prose" | "kv" | "json" | "log"
/** Keyed line or sentence in the kind's own style. */
function put(c: Ctx, style: Style, key: string, label: string, f: () => void): void {
  if (style === "json") {
    c.t(`, "${key}": "`)
    f()
    c.t('"')
  } else if (style === "log") {
    c.t(` ${key}=`)
    f()
  } else if (style === "kv") {
    c.t(`${key}: `)
    f()
    c.t("\n")
  } else {
    c.t(`${label} `)
    f()
    c.t(". ")
  }
}
/** The kind-appropriate extra labeled values: SSN (US), NINO (Manx and UK people), card, IBAN, email, IP. */
export function extras(c: Ctx, style: Style, who: Person): void {
  const r = c.r
  const b = c.b
  if (c.loc.key === "US" && r.chance(0.85)) put(c, style, "ssn", r.pick(["SSN", "Social security no.", "Social:"]), () => b.e("US_SSN", ssn(r)))
  const uk = c.loc.key === "IM" || (c.biz === "uni" && ["IE_CORK", "IE_GALWAY", "GI"].includes(c.loc.key) && r.chance(0.8))
  if (uk) put(c, style, "ni_number", c.loc.key === "IM" ? "NI number" : "UK applicant, NI no.", () => b.e("UK_NINO", nino(r, c.loc.key === "IM" && r.chance(0.5))))
  const k = r.int(0, 9)
  if (k <= 1) put(c, style, "card", upper(c.p("card")), () => b.e("CARD", card(r)))
  else if (k <= 3) put(c, style, "iban", "IBAN", () => b.e("IBAN", iban(r, c.loc.iban)))
  else if (k <= 5) put(c, style, "email", upper(c.p("email")), () => c.mail(who, r.chance(0.3)))
  else if (k === 6) put(c, style, "ip", "IP", () => b.e("IP_ADDRESS", ip(r)))
}
/** Lookalikes: a Luhn-failing card, a wrong-check IBAN, invalid SSN/NINO, MAC, version. */
export function lookalike(c: Ctx, style: Style): void {
  const r = c.r
  const k = r.int(0, 5)
  if (k === 0) put(c, style, "ref", "Ref", () => c.neg("card-luhn-fail", badCard))
  else if (k === 1) put(c, style, "ref_iban", "Ref", () => c.neg("iban-bad-check", (x) => badIban(x, c.loc.iban)))
  else if (k === 2) put(c, style, "case", "Case", () => c.neg("ssn-invalid", badSsn))
  else if (k === 3) put(c, style, "nino_old", "Old ref", () => c.neg("nino-invalid", badNino))
  else if (k === 4) put(c, style, "mac", "MAC", () => c.neg("mac", mac))
  else put(c, style, "firmware", "Firmware", () => c.neg("version", version))
}
