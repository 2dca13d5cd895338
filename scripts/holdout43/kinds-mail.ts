// Written kinds: emails with signatures, quoted replies and disclaimers; forwarded mail; letters; receipts.
import type { Scene } from "./scene.ts"

const DISCLAIMER = [
  "This e-mail and any attachments are confidential. If you received it in error, please delete it.",
  "Vertraulich: Diese Nachricht ist nur für den Empfänger bestimmt.",
  "Ce message est confidentiel. Si vous n'en êtes pas le destinataire, supprimez-le.",
]

function signature(s: Scene, i: number) {
  const { r, w } = s
  s.t(`\n\n${w.bye},\n`).P(i, r.pick(["full", "given"])).t("\n")
  s.t(r.pick([`${w.phone}: `, "T ", "Mob. ", "📱 "])).tel(r.pick(["intl", "trunk", "national", "00"]))
  if (r.chance(0.4)) s.t(` ${w.ext} ${100 + r.int(800)}`)
  s.t("\n").desk()
}

export function email(s: Scene) {
  const { r, w } = s
  s.t(`Subject: ${s.topic} `).num().t(`\n\n${w.hi} `).P(1, "given").t(",\n\n")
  s.t(`${w.myName} `).P(0, "full").t(`. ${w.phone}: `).tel().t(r.chance(0.5) ? ` ${w.or} ` : ".")
  if (!s.d.text.endsWith(".")) s.tel("dots")
  s.t(" ").date().t(", ").time().t(". ").word().t(".")
  if (s.loc.iban) s.t("\nIBAN ").iban()
  if (s.loc.ssn || s.loc.nino) s.t("\n").natId()
  signature(s, 0)
  s.t(`\n\n> ${r.pick(["On", "Am", "Le", "El"])} `).date().t(", ").P(1, "full").t(" <").desk().t("> wrote:\n> ").amount().t(" · ").num()
  s.t(`\n\n${r.pick(DISCLAIMER)}`)
}

export function fwd(s: Scene) {
  const { r, w } = s
  s.t(`${r.pick(["Fwd:", "FW:", "WG:", "TR:", "RV:"])} ${s.topic}\n\n---------- Forwarded message ---------\nFrom: `).P(0, "full").t(" <").mail(0).t(">\n")
  s.t("Date: ").date().t(" ").time().t("\nTo: ").desk().t("\n\n")
  s.t(`> ${w.hi},\n> ${w.call} `).tel(r.pick(["bracket", "national", "intl"])).t("\n> ").num().t("\n> ")
  if (r.chance(0.5)) s.card().t(" ")
  if (s.loc.ssn || s.loc.nino) s.natId().t(" ")
  s.t(`\n> ${w.bye}, `).P(0, r.pick(["given", "initial"])).t("\n\n").P(2, "given").t(` → ${r.pick(["pls check", "FYI", "bitte prüfen", "à traiter"])} `).extras(2)
}

export function letter(s: Scene) {
  const { r, w } = s
  s.P(0, "caps").t("\n").postcode().t("\n").date().t(`\n\n${w.hi} `).P(0, r.chance(0.5) ? "full" : "given").t(",\n\n")
  s.t(`${s.topic}: `).num().t(". ").extras(2, ", ").t(". ")
  if (s.loc.ssn || s.loc.nino) s.t("\n").natId().t(". ")
  s.t(`\n${w.phone} ${w.no} `).tel().t(`, ${w.email} `).mail(0)
  s.t(`\n\n${w.bye},\n\n`).P(2, r.pick(["full", "initial"])).t(`\n${r.pick(["Patient Transport Desk", "Repair Centre", "Leisure Centre", "Studio & Print Lab"])}`)
}

export function receipt(s: Scene) {
  const { r, w } = s
  s.t(`${r.pick(["RECEIPT", "KVITTO", "KUITTI", "PARAGON", "RECIBO", "REÇU", "QUITTUNG", "ΑΠΟΔΕΙΞΗ", "ЧЕК", "FİŞ"])} `).num().t("\n").date().t(" ").time().t("\n")
  s.t("1 × ").word().t("   ").amount().t("\n1 × ").num().t("   ").amount().t("\n")
  s.t(`${w.amount}: `).amount().t("\n")
  s.t(r.pick(["Card ", "💳 ", "VISA "])).t(r.chance(0.3) ? "" : "**** ").t(r.int(9000) + 1000 + "").t(`\n${w.name}: `).P(0, r.pick(["caps", "initial", "full"]))
  s.t(`\n${w.phone}: `).tel(r.pick(["compact", "national", "e164"])).t("\n").postcode().t(" · app ").version()
  if (r.chance(0.4)) s.t("\nref ").badCard()
  if (s.loc.iban) s.t("\nIBAN ").iban()
  if (s.loc.ssn || s.loc.nino) s.t("\n").natId()
}
