// Texts copied from tools (2 of 2): courier scan logs, printed receipts, IVR menu logs, handwritten-note OCR.
import type { Scene } from "./scene.ts"
import * as V from "./values.ts"

/** A courier's scan log for a parcel from the business: ISO dates and times, the driver, the recipient. */
export function courier(s: Scene): void {
  const r = s.r
  const driver = s.person()
  const c = s.person()
  const day = V.date(r, s.loc.tag, "iso")
  const line = (code: string) => s.neg("date", day).t(" ").clock().t(`  ${code.padEnd(10)} `)
  s.t(`TRACKING — parcel from ${s.biz.brand}, ref `).num(s.kinds()[0]).t("\n")
  line("RECEIVED").t("depot scan\n")
  line("OUT").t("driver ").name(driver).t(", tel ").phone().t("\n")
  if (r.chance(0.6)) line("FAILED").t("nobody home, card left; recipient to call ").phone(V.phone(r, s.loc.cc)).t("\n")
  line("NOTIFY").t("sms+email to ").email(c).t("\n")
  line("DELIVERED").t("signed by ").name(c, r.pick(["FG", "gf", "g"] as const))
  if (r.chance(0.5)) s.t(`\nnote: ${s.numKey(s.kinds()[1]!)} `).num(s.kinds()[1])
}

/** A printed receipt: the business's phone, items with amounts, a masked card, the customer on the slip. */
export function receipt(s: Scene): void {
  const r = s.r
  const c = s.person()
  const staff = s.person()
  const k = s.kinds()
  s.t(`${s.biz.brand.toUpperCase()}\nTel. `).phone().t(`\n${"-".repeat(32)}\n`).date(r.pick(["short", "medium"] as const)).t("   ").time().t("\n")
  s.t(`${s.numKey(k[0]!)} `).num(k[0]).t("\n")
  const kk = k[r.int(1, 3)]!
  s.t(`${s.numKey(kk)}`.padEnd(14)).num(kk).t("\n")
  s.t("  1 x ").t(r.pick(["service", "item", "labour", "parts"]).padEnd(12)).amount().t("\n")
  s.t(`${s.p.total.replace(" {amount}", "").toUpperCase().padEnd(18)}`).amount().t("\n")
  if (r.chance(0.6)) s.t("CARD ").neg("masked-card", V.masked(r)).t("  EXP ").neg("card-expiry", V.expiry(r)).t("\n")
  else s.t("CARD ").card().t("\n")
  s.t(`${s.p.caller === "Caller" ? "Customer" : s.p.caller}: `).name(c, r.pick(["FG", "gf", "f,g"] as const)).t("  ").phone().t("\n")
  s.t("Served by ").name(staff, "g").t(`\n${s.p.thanks}!`)
}

/** An IVR menu log: the caller's number (ANI), DTMF choices, digits collected, an ASR utterance, the transfer. */
export function ivr(s: Scene): void {
  const r = s.r
  const agent = s.person()
  const c = s.person()
  let sec = r.int(7, 17) * 3600 + r.int(0, 3599)
  const ts = () => {
    sec += r.int(2, 19)
    return `${String(Math.floor(sec / 3600)).padStart(2, "0")}:${String(Math.floor(sec / 60) % 60).padStart(2, "0")}:${String(sec % 60).padStart(2, "0")}`
  }
  s.t(`${ts()} call.start ani=`).phone(V.e164(r, s.loc.cc)).t(" src=").ip().t(`:${r.int(5060, 5090)}\n`)
  s.t(`${ts()} menu=main prompt=welcome_${s.loc.tag.slice(0, 2)} dtmf=${r.int(1, 4)}\n`)
  const k = s.kinds()[1]!
  s.t(`${ts()} collect=${s.numKey(k)} result=ok value=`).num(k).t("\n")
  s.t(`${ts()} asr.result confidence=0.${r.int(61, 97)} text="`).name(c, "lower").t(" ").said().t('"\n')
  if (r.chance(0.5)) s.t(`${ts()} menu=callback dtmf=1 callback_number=`).phone(V.phoneDigits(r, s.loc.cc)).t("\n")
  s.t(`${ts()} transfer queue=${s.biz.key}_desk agent="`).name(agent).t('"\n')
  s.t(`${ts()} call.end cause=normal_clearing`)
}

/** Handwritten-note OCR: broken spacing and misread letters in the words around, the values read whole. */
export function ocr(s: Scene): void {
  const r = s.r
  const c = s.person()
  const broken = (w: string) => Array.from(w).map((ch, i) => (i > 0 && r.chance(0.25) ? " " + ch : ch)).join("").replace(/l/g, () => (r.chance(0.3) ? "1" : "l"))
  s.t(`[OCR scan p.${r.int(1, 3)} conf ${r.int(55, 88)}%]\n`)
  s.t(broken("Callback") + " — ").name(c, r.pick(["gf", "FG"] as const)).t("\n")
  s.t(broken("tel") + ": ").phone(spaced(r, s)).t("\n")
  if (r.chance(0.7)) s.t(broken("email") + ": ").email(c).t("\n")
  s.t(broken("ref") + " ").num().t("  ").date(r.pick(["short", "iso"] as const)).t("\n")
  if (r.chance(0.5)) s.t(broken("paid") + " ").amount().t("\n")
  if (r.chance(0.4)) s.t(broken("note") + ": ").nameWord().t("\n")
  if (r.chance(0.3)) s.declined().t("\n")
  if (s.hasId) s.nationalId(r.chance(0.2)).t("\n")
  s.t("~ ").name(s.person(), "g")
}

/** A phone as a hand writes it and OCR reads it: the national digits regrouped at random. */
function spaced(r: Scene["r"], s: Scene): string {
  for (;;) {
    const d = V.phoneDigits(r, s.loc.cc)
    const v = Array.from(d).map((ch, i) => (i > 0 && r.chance(0.3) ? " " + ch : ch)).join("")
    if (V.phoneAnywhere(v, [s.loc.cc])) return v
  }
}
