// Texts copied from tools (1 of 2): calendar invites (iCal), WhatsApp-style chat exports, URL-encoded form
// submissions, Slack-style threads with @mentions, XML snippets.
import type { Person, Scene } from "./scene.ts"
import * as V from "./values.ts"

const staffOf = (s: Scene) => s.person()

/** An iCal VEVENT: the organiser is staff, the attendee the customer; a DESCRIPTION with phone and numbers. */
export function ical(s: Scene): void {
  const r = s.r
  const staff = staffOf(s)
  const c = s.person()
  const day = `2026${String(r.int(1, 12)).padStart(2, "0")}${String(r.int(1, 28)).padStart(2, "0")}`
  s.t(`BEGIN:VCALENDAR\nPRODID:-//${s.biz.brand}//Bookings 2.4//EN\nBEGIN:VEVENT\nUID:${r.digits(8)}-${r.digits(4)}@${s.biz.domain}\n`)
  s.t(`DTSTART:${day}T${String(r.int(7, 17)).padStart(2, "0")}${r.pick(["00", "30"])}00Z\nSUMMARY:${s.biz.brand} – `).num().t("\n")
  s.t("ORGANIZER;CN=").name(staff).t(`:mailto:desk@${s.biz.domain}\n`)
  s.t("ATTENDEE;CN=").name(c).t(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:").email(c).t("\n")
  s.t("DESCRIPTION:").name(c, "g").t(" – ").phone().t("\\n")
  s.t(`${s.numKey(s.kinds()[1]!)}: `).num(s.kinds()[1]).t("\\n")
  if (r.chance(0.5)) s.nameWord().t("\\n")
  if (r.chance(0.4)) s.say(s.p.total).t("\\n")
  s.t(`LOCATION:${s.biz.brand}\nEND:VEVENT\nEND:VCALENDAR`)
}

/** A WhatsApp-style export: `[date, time] Name: text`, the date in the locale's short form. */
export function whatsapp(s: Scene): void {
  const r = s.r
  const staff = staffOf(s)
  const c = s.person()
  const day = V.date(r, s.loc.tag, "short")
  const stamp = () => s.t("[").neg("date", day).t(", ").clock().t("] ")
  stamp()
  s.name(c).t(": ").say(s.p.hi).t(", ").ask(c, r.int(1, 2)).t("\n")
  stamp()
  s.name(staff).t(`: ${s.p.thanks}, `).name(c, "g").t(". ").say(s.p.ref).t("\n")
  stamp()
  s.name(c).t(": ").say(s.p.callback).t("\n")
  if (s.hasId) stamp().name(c).t(": ").nationalId(r.chance(0.2)).t("\n")
  if (r.chance(0.5)) {
    stamp()
    s.name(c).t(": ").nameWord().t("\n")
  }
  stamp()
  s.name(staff).t(`: ${s.p.thanks} 👍`)
}

/** A URL-encoded form submission as a web server logged it (spaces as +, the @ left as typed). */
export function form(s: Scene): void {
  const r = s.r
  const c = s.person()
  const fam = c.family.split(" ")[0]!
  if (fam !== c.family) s.d.parts.pop()
  s.t(`${r.pick(["POST /forms/contact HTTP/1.1", "POST /api/v2/enquiry HTTP/2", "POST /book?step=3 HTTP/1.1"])}\nHost: www.${s.biz.domain}\n`)
  s.t("Content-Type: application/x-www-form-urlencoded\n\n")
  s.t("first_name=").name(c, "g").t("&last_name=").ent("PERSON", fam)
  s.t("&email=").email(c).t("&phone=").phone(V.phoneDigits(r, s.loc.cc))
  s.t(`&${s.numKey(s.kinds()[0]!)}=`).num(s.kinds()[0]).t(`&${s.numKey(s.kinds()[1]!)}=`).num(s.kinds()[1])
  if (s.hasId) s.t(s.loc.tag === "en-US" ? "&ssn=" : "&ni_number=").ent(s.loc.tag === "en-US" ? "US_SSN" : "UK_NINO", s.loc.tag === "en-US" ? V.ssn(r) : V.nino(r).replace(/ /g, ""))
  if (r.chance(0.4)) s.t("&card_number=").ent("CARD", V.card(r).replace(/\D/g, ""))
  s.t("&preferred_date=").date("iso").t("&consent=1&client_ip=").ip()
  s.t("&msg=").t(r.pick(["please+call+back", "urgent", "see+ref+above", "thanks"]))
}

/** A Slack-style thread: staff talk about a customer, with @mentions of each other. */
export function slack(s: Scene): void {
  const r = s.r
  const a = staffOf(s)
  const b = staffOf(s)
  const c = s.person()
  const head = (x: Person) => s.name(x).t("  ").clock().t("\n")
  s.t(`#${s.biz.key}-desk\n`)
  head(a)
  s.t("@").name(b).t(" customer ").name(c).t(": ").say(s.p.callback).t(" – ").say(s.p.ref).t("\n")
  head(b)
  s.t("@").name(a, "g").t(" 👀 ").say(s.p.mail, { email: () => s.email(c) }).t("\n")
  if (r.chance(0.6)) {
    head(a)
    s.t(r.pick(["ok", "👍", "done"]) + " – ").say(r.chance(0.5) ? s.p.refund : s.p.masked).t("\n")
  }
  head(b)
  s.t(`${s.p.thanks}! `).nameWord()
  if (s.hasId) s.t(" – ").nationalId()
}

/** An XML record from a booking system: given and family name in two elements. */
export function xml(s: Scene): void {
  const r = s.r
  const c = s.person()
  const k = s.kinds()
  s.t(`<?xml version="1.0" encoding="UTF-8"?>\n<${s.biz.key}Record ${k[0] === "job-ref" ? "job" : "ref"}="`).num(k[0]).t('">\n')
  s.t("  <customer>\n    <givenName>").name(c, "g").t("</givenName>\n    <familyName>").ent("PERSON", c.family)
  s.t("</familyName>\n    <phone type=\"mobile\">").phone().t("</phone>\n")
  if (r.chance(0.5)) s.t("    <phone type=\"other\">").phone().t("</phone>\n")
  s.t("    <email>").email(c).t("</email>\n")
  if (s.hasId) s.t(s.loc.tag === "en-US" ? "    <ssn>" : "    <niNumber>").ent(s.loc.tag === "en-US" ? "US_SSN" : "UK_NINO", s.loc.tag === "en-US" ? V.ssn(r) : V.nino(r)).t(s.loc.tag === "en-US" ? "</ssn>\n" : "</niNumber>\n")
  s.t("  </customer>\n  <item>\n    <").t(s.numKey(k[1]!)).t(">").num(k[1]).t("</").t(s.numKey(k[1]!)).t(">\n")
  s.t(`    <${s.numKey(k[2]!)}>`).num(k[2]).t(`</${s.numKey(k[2]!)}>\n  </item>\n`)
  s.t("  <payment>\n    ")
  if (r.chance(0.5)) s.t("<card>").card().t("</card>")
  else s.t(s.loc.iban ? "<iban>" : "<account>").iban().t(s.loc.iban ? "</iban>" : "</account>")
  s.t("\n    <amount>").amount().t("</amount>\n  </payment>\n  <created>").date("iso").t("</created>\n  <clientIp>").ip().t("</clientIp>\n")
  s.t(`</${s.biz.key}Record>`)
}
