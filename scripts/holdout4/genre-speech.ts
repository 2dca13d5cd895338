// Voicemail and IVR speech-to-text: no punctuation, fillers, numbers grouped oddly or spelled out.
import type { CountryCode } from "libphonenumber-js/max"
import type { Doc } from "./doc.ts"
import type { Kit } from "./kit.ts"
import { card, nino, ssn } from "./numbers.ts"
import { phoneNumber, spelled, writePhone } from "./phones.ts"

const lc = (s: string): string => s.toLowerCase()

export function voicemail(d: Doc, k: Kit): void {
  const { r, L } = k
  const p = k.person()
  const num = phoneNumber(r, r.pick(L.regions) as CountryCode)
  d.t("Voicemail from ").e("PHONE", writePhone(r, num, r.pick(["e164", "international"]))).t(" (").n("duration", k.duration()).t(")\nTranscript: ")
  d.t(`${L.spokenIntro} `).e("PERSON", lc(k.full(p))).t(" um ")
  switch (r.int(0, 3)) {
    case 0: // spelled out: not a label
      d.t(`${lc(r.pick(L.reach))} `).n("spelled-number", spelled(r, num, L.digits)).t(" ")
      break
    case 1: // digits in odd groups: a label
      d.t(`${lc(r.pick(L.reach))} `).e("PHONE", writePhone(r, num, "odd")).t(" ")
      break
    case 2:
      d.t(`${lc(L.order)} `).nv(k.lookalike(["order-number"])).t(` ${lc(r.pick(L.lines))} `)
      k.nameWord(d).t(" ")
      break
    default:
      d.t(`${lc(r.pick(L.mail))} `).e("EMAIL", lc(k.email(p))).t(" ")
      if (L.variant === "us") d.t("and my social is ").e("US_SSN", ssn(r).replace(/\D/g, " ").replace(/^(\d{3}) ?(\d{2}) ?(\d{4})$/, "$1 $2 $3")).t(" ")
      if (L.variant === "gb") d.t("national insurance ").e("UK_NINO", nino(r)).t(" ")
  }
  d.t(r.pick(L.voicemailTail))
}

function ivrHead(d: Doc, k: Kit, withCaller: boolean): Doc {
  const { r } = k
  d.t("IVR session ").nv(k.lookalike(["ticket"])).t(" | start ").n("date", k.date()).t(" | ")
  if (withCaller) d.t("ANI ").e("PHONE", k.phone(["e164", "plain"])).t(" | ")
  else d.t("ANI withheld | ")
  return d.t(`menu ${r.int(1, 4)}>${r.int(1, 9)} | lang ${k.L.code}\n`)
}

export function ivr(d: Doc, k: Kit): void {
  const { r, L } = k
  const p = k.person()
  ivrHead(d, k, r.chance(0.6))
  switch (r.int(0, 4)) {
    case 0:
      d.t("PROMPT: please enter your card number followed by hash\nDTMF: ").e("CARD", card(r).replace(/\D/g, "")).t("#\n")
      d.t("PROMPT: thank you\nRESULT: auth_ok in ").n("duration", k.duration())
      break
    case 1:
      d.t("PROMPT: say your full name\nASR (conf 0.71): ").e("PERSON", lc(k.full(p))).t("\nASR (conf 0.44): ")
      d.t(`${lc(r.pick(L.intro))} `).e("PERSON", lc(p.first)).t(` ${lc(r.pick(L.lines))}`)
      break
    case 2: // only lookalikes
      d.t("PROMPT: enter your account number\nDTMF: ").nv(k.lookalike(["order-number"])).t("#\nRESULT: no_match, retry 2 of 3, amount due ").n("amount", k.amount())
      break
    case 3:
      if (L.variant === "us") d.t("PROMPT: last 4 of social\nDTMF: ").t(String(r.int(1000, 9999))).t("\nAGENT NOTE: full social given verbally ").e("US_SSN", ssn(r))
      else if (L.variant === "gb") d.t("PROMPT: say your national insurance number\nASR: ").e("UK_NINO", nino(r))
      else d.t("ASR: ").t(`${lc(r.pick(L.reach))} `).e("PHONE", k.phone(["odd"]))
      if (L.variant === "us" && r.chance(0.5)) d.t("\nDTMF (retry): ").nv(k.lookalike(["ssn-invalid"])).t(" RESULT: invalid_ssn")
      if (L.variant === "gb" && r.chance(0.5)) d.t("\nASR (retry): ").nv(k.lookalike(["nino-invalid"])).t(" RESULT: rejected")
      break
    default:
      d.t("PROMPT: transfer to agent\nQUEUE: billing wait ").n("duration", k.duration()).t(" | agent ")
      k.someone(d, k.person()).t(" | build ").nv(k.lookalike(["version"]))
  }
}
