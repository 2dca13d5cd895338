// Small pieces the writers share: field labels, the time of day, emoji, a name written with its transliteration.
import type { Scene } from "./scene.ts"

const CARD: Record<string, string> = { en: "Card", sv: "Kort", fi: "Kortti", et: "Kaart", pl: "Karta", cs: "Karta", ro: "Card", hr: "Kartica", el: "Κάρτα", tr: "Kart", it: "Carta", pt: "Cartão", fr: "Carte", de: "Karte" }
const PROC: Record<string, string> = { en: "Procedure", sv: "Åtgärd", fi: "Toimenpide", et: "Protseduur", pl: "Zabieg", cs: "Výkon", ro: "Procedură", hr: "Zahvat", el: "Πράξη", tr: "İşlem", it: "Prestazione", pt: "Procedimento", fr: "Acte", de: "Leistung" }
const TICKET: Record<string, string> = { en: "Ticket", sv: "Lott", fi: "Arpa", et: "Pilet", pl: "Kupon", cs: "Tiket", ro: "Bilet", hr: "Listić", el: "Δελτίο", tr: "Bilet", it: "Biglietto", pt: "Bilhete", fr: "Billet", de: "Los" }
const FIXED: Record<string, string> = { iccid: "ICCID", eid: "EID", imei: "IMEI", imsi: "IMSI", pac: "PAC", vin: "VIN", iban: "IBAN", ssn: "SSN", nino: "NI number", ip: "IP" }

export function label(s: Scene, role: string): string {
  if (role === "card") return CARD[s.loc.lang]!
  if (role === "procedure") return PROC[s.loc.lang]!
  if (role === "ticket") return TICKET[s.loc.lang]!
  return (s.L.lbl as Record<string, string>)[role] ?? FIXED[role] ?? role
}

/** Machine keys a web form or a log uses for a role. */
export const KEY: Record<string, string> = {
  name: "name", phone: "phone", email: "email", iccid: "iccid", eid: "eid", imsi: "imsi", imei: "imei", pac: "port_code", invoice: "invoice_no",
  procedure: "procedure_code", member: "member_id", amount: "amount", order: "order_no", part: "part_no", vin: "vin", tracking: "tracking_no",
  player: "player_id", selfex: "exclusion_ref", ticket: "ticket_no", date: "date",
}

export const clock = (s: Scene) => `${String(7 + s.r.int(12)).padStart(2, "0")}:${String(s.r.int(60)).padStart(2, "0")}`
export const stamp = (s: Scene) => `2026-${String(1 + s.r.int(12)).padStart(2, "0")}-${String(1 + s.r.int(28)).padStart(2, "0")}T${clock(s)}:${String(s.r.int(60)).padStart(2, "0")}Z`

// Single emoji, ZWJ sequences (with U+200D inside) and flags; a space follows each (U+FE0F is a mark).
const EMOJI = ["📞", "🙏", "👍", "📦", "🚗", "🎟️", "🏥", "📱", "👩‍💻", "👨‍🔧", "🧑‍⚕️", "👨‍👩‍👧", "🏳️‍🌈", "😊", "✉️", "🙋‍♀️"]
export function emoji(s: Scene, p = 0.35): Scene {
  if (s.r.chance(p)) {
    s.t(`${s.r.pick(EMOJI)} `)
    s.d.marks.push("emoji")
  }
  return s
}

/** The customer's full name; a name in another script sometimes with its Latin spelling after it. */
export function fullName(s: Scene, opts: { bidi?: boolean } = {}): Scene {
  s.v("name")
  if (s.cust.translit) {
    s.d.marks.push("rtl")
    if (s.r.chance(0.5)) s.x(" (").put({ v: s.cust.translit, type: "PERSON" }).x(")")
    else if (opts.bidi) s.t("\u200f")
  }
  return s
}

/** Writes the story's sentences, `join` between them. */
export function sentences(s: Scene, tpls: string[], join: string, raw = false): Scene {
  tpls.forEach((tpl, i) => {
    if (i > 0) (raw ? s.t(join) : s.x(join))
    s.say(tpl)
  })
  return s
}
