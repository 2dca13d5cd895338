// SMS, WhatsApp threads and agent shorthand: lower case, abbreviations, emoji, little punctuation.
import type { Doc } from "./doc.ts"
import type { Kit } from "./kit.ts"
import { card, iban, nino, ssn } from "./numbers.ts"

export const EMOJI = ["😂", "🙏🏽", "👩‍💻", "🇬🇧", "📦", "😡", "✅", "❤️", "🤦‍♂️", "👍🏻", "🇩🇪", "💳", "é", "ñ"]

const lc = (s: string): string => s.toLowerCase()

export function sms(d: Doc, k: Kit): void {
  const { r, L } = k
  const p = k.person()
  const e = r.pick(EMOJI)
  switch (r.int(0, 7)) {
    case 6: // the customer signs with a lower-case name after the numbers
      d.t(`${lc(r.pick(L.lines))} ${e} ${lc(r.pick(L.reach))} `).e("PHONE", k.phone(["plain", "odd", "national"])).t(` / ${lc(r.pick(L.mail))} `).e("EMAIL", k.email(p)).t(" – ").e("PERSON", lc(p.first))
      break
    case 7: // an outbound notification from the company, first name capitalised
      d.n("company", k.company()).t(`: ${r.pick(L.hi.slice(0, 3))} `).e("PERSON", p.first).t(`, ${L.order} `).nv(k.lookalike(["order-number", "tracking-number"]))
      d.t(` – ${r.pick(L.agentLines)}. `).n("time", k.time()).t(" STOP 2 opt out")
      break
    case 0:
      d.t(`${lc(r.pick(L.hi.slice(0, 3)))} ${lc(L.intro[0]!)} `).e("PERSON", lc(p.first)).t(` ${lc(r.pick(L.reach))} `).e("PHONE", k.phone()).t(` ${e} ${lc(r.pick(L.lines))}`)
      break
    case 1:
      d.t(`${e}${e} ${lc(L.order)} `).nv(k.lookalike(["order-number", "tracking-number"])).t(` ${lc(r.pick(L.lines))} pls cb `).e("PHONE", k.phone()).t(" after ").n("time", k.time())
      break
    case 2: // no PII at all
      d.t(`${e} ${lc(r.pick(L.lines))} ${lc(L.invoice)} `).n("invoice", k.invoice()).t(" ").n("amount", k.amount()).t(" ??")
      if (r.chance(0.6)) k.nameWord(d.t(" "))
      break
    case 3:
      d.e("PERSON", lc(k.full(p))).t(` here ${e} ${lc(r.pick(L.mail))} `).e("EMAIL", lc(k.email(p))).t(" thx")
      break
    case 4:
      if (L.variant === "us" && r.chance(0.5)) d.t("ssn ").e("US_SSN", ssn(r)).t(" dob ").n("date", k.date()).t(" ")
      else if (L.variant === "gb" && r.chance(0.5)) d.t("ni no ").e("UK_NINO", nino(r).toLowerCase()).t(" ")
      d.t(`${lc(r.pick(L.cardIs))} `).e("CARD", card(r)).t(` exp ${r.int(1, 12)}/${r.int(27, 31)} ${e} `).t(lc(r.pick(L.bye))).t(" ").e("PERSON", lc(p.first))
      break
    default:
      d.t(`${e} ${lc(r.pick(L.lines))} `).nv(k.lookalike(["luhn-invalid", "version", "date", "sku"])).t(" ").t(lc(r.pick(L.bye)))
  }
}

function waLine(d: Doc, k: Kit, who: string, label: boolean): Doc {
  const { r } = k
  d.t("[").n("date", k.L.date(r.int(1, 28), r.int(1, 12), 2026)).t(", ").n("time", k.L.time(r.int(8, 20), r.int(0, 59))).t("] ")
  if (label) d.e("PERSON", who)
  else d.t(who)
  return d.t(": ")
}

export function whatsapp(d: Doc, k: Kit): void {
  const { r, L } = k
  const cust = k.person()
  const agent = k.person()
  const custName = k.full(cust)
  waLine(d, k, custName, true).t(`${r.pick(L.hi.slice(0, 3))} ${r.pick(EMOJI)} ${r.pick(L.lines)}\n`)
  waLine(d, k, agent.first, true).t(`${r.pick(L.hi)} `).e("PERSON", cust.first).t(`! ${r.pick(L.agentLines)} `).nv(k.lookalike(["ticket", "order-number"])).t("\n")
  switch (r.int(0, 4)) {
    case 0:
      waLine(d, k, custName, true).t(`${r.pick(L.ibanIs)} `).e("IBAN", iban(r, r.pick(L.ibans))).t(` ${r.pick(EMOJI)}\n`)
      break
    case 1:
      waLine(d, k, custName, true).t(`${r.pick(L.reach)} `).e("PHONE", k.phone()).t(` ${r.pick(L.mail)} `).e("EMAIL", k.email(cust)).t("\n")
      break
    case 2:
      waLine(d, k, custName, true).t(`${r.pick(EMOJI)} ${r.pick(L.cardIs)} `)
      if (r.chance(0.5)) d.e("CARD", card(r)).t(` ${r.pick(EMOJI)}\n`)
      else d.nv(k.lookalike(["luhn-invalid"])).t(" ??\n")
      break
    case 3:
      waLine(d, k, custName, true).n("amount", k.amount()).t(` ${L.invoice} `).n("invoice", k.invoice()).t(` ${r.pick(EMOJI)} `)
      k.nameWord(d).t("\n")
      break
    default:
      waLine(d, k, custName, true).t(L.variant === "us" ? `ssn is ` : L.variant === "gb" ? "NI number " : `${r.pick(L.reach)} `)
      if (L.variant === "us") d.e("US_SSN", ssn(r))
      else if (L.variant === "gb") d.e("UK_NINO", nino(r))
      else d.e("PHONE", k.farPhone())
      d.t("\n")
  }
  waLine(d, k, agent.first, true).t(`${r.pick(L.bye)} ${r.pick(EMOJI)}`)
}

export function shorthand(d: Doc, k: Kit): void {
  const { r, L } = k
  const p = k.person()
  const initial = k.initialed(p)
  switch (r.int(0, 6)) {
    case 5: // two numbers for one callback
      d.t(`${L.callback} `).e("PHONE", k.phone()).t(" (mob) / ").e("PHONE", k.phone()).t(" (home), pref. after ").n("time", k.time()).t(" – ")
      k.someone(d, p)
      break
    case 6: // a relative on the call, named in passing
      d.t("spoke w/ ").e("PERSON", k.full(k.person())).t(" (daughter, 3rd party auth on file) re acct ").nv(k.lookalike(["order-number"])).t("; acct holder ")
      d.e("PERSON", p.first).t(" unavailable, ").n("duration", k.duration()).t(" call. ")
      k.nameWord(d)
      break
    case 0:
      d.t(`cb 2morrow re refund, cust = `).e("PERSON", initial).t(`, alt # `).e("PHONE", k.phone()).t(` ext. ${r.int(10, 899)} / ref `).nv(k.lookalike(["ticket"]))
      break
    case 1:
      d.t(`${L.callback} `).e("PHONE", k.phone()).t(` @ `).n("time", k.time()).t(" – ")
      k.someone(d, p).t(` (${L.order} `).nv(k.lookalike(["order-number"])).t(")")
      break
    case 2:
      d.t(`LVM x2, no ans. `).n("duration", k.duration()).t(` hold. cust `).e("PERSON", p.last.toUpperCase()).t(` ${r.pick(L.lines)}. esc to `).e("PERSON", k.person().first).t(" tmrw")
      break
    case 3: // no PII
      d.t("pymt plan agreed ").n("amount", k.amount()).t(`/mo from `).n("date", k.date()).t(", inv ").nv(k.lookalike(["invoice"])).t(" – ").n("company", k.company()).t(" acct")
      break
    default:
      if (k.L.variant === "us") d.t("ID&V via SSN ").e("US_SSN", ssn(r)).t(", ")
      else if (k.L.variant === "gb") d.t("ID&V via NINO ").e("UK_NINO", nino(r)).t(", ")
      else d.t("card on file ").e("CARD", card(r)).t(", ")
      d.t(`vfd ID ok, upd email -> `).e("EMAIL", k.email(p)).t(`, IP on login `).e("IP_ADDRESS", k.ip()).t(` fw `).nv(k.lookalike(["version"])).t(" – ")
      k.nameWord(d)
  }
}
