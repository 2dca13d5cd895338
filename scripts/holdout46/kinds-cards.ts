// Contact and calendar data pasted into a ticket: vCard 3.0/4.0 and an iCalendar invite for a callback, with its
// dial-in number and PIN.
import type { Bit } from "./draft.ts"
import { lines } from "./kit.ts"
import { neg } from "./numbers.ts"
import type { Scene } from "./scene.ts"

export function vcard(s: Scene): void {
  const r = s.r
  const p = s.person("cust")
  const v4 = r.chance(0.4)
  const tel = (type: string, key: string, line: "mobile" | "fixed") =>
    v4 ? [`TEL;TYPE=${type.toLowerCase()};VALUE=uri:tel:`, { text: s.phone(key, line).e164, type: "PHONE" }] : [`TEL;TYPE=${type}:`, s.phoneP(key, line)]
  const family = { text: p.family, type: "PERSON" }
  const given = { text: p.given, type: "PERSON" }
  p.mentions++
  const card = lines(
    "BEGIN:VCARD",
    v4 ? "VERSION:4.0" : "VERSION:3.0",
    ["N:", family, ";", given, ";;;"],
    ["FN:", s.name("cust", "full")],
    r.chance(0.5) && ["ORG:", s.brand()],
    tel("CELL", "custm", "mobile"),
    r.chance(0.6) && tel(r.pick(["HOME", "WORK,VOICE"]), "cust", "fixed"),
    r.chance(0.2) && tel("FAX", "custfax", "fixed"),
    [v4 ? "EMAIL:" : "EMAIL;TYPE=INTERNET:", s.email("cust")],
    ["NOTE:", s.W[s.biz].fields.split("|")[0]!, " ", s.v("ref")],
    r.chance(0.3) && ["REV:", { text: new Date(Date.UTC(2026, r.int(12), 1 + r.int(28), r.int(24), r.int(60))).toISOString().replace(/\.\d{3}Z$/, "Z"), kind: "timestamp" }],
    "END:VCARD",
  )
  const intro = lines(s.line("noteHead"), s.line("updated"), "")
  s.d.put([r.chance(0.7) ? [intro, "\n"] : [], card])
}

export function ical(s: Scene): void {
  const r = s.r
  const start = new Date(Date.UTC(2026, r.int(12), 1 + r.int(28), 7 + r.int(10), r.pick([0, 15, 30])))
  const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")
  const dial = s.phoneP("dial", r.chance(0.5) ? "free" : "fixed")
  const cn = (role: string): Bit => (r.chance(0.4) ? ['"', s.name(role, "comma"), '"'] : [s.name(role, "full")])
  const desc: Bit[] = [
    "DESCRIPTION:", s.line("biz.topic"), "\\n", s.W[s.biz].fields.split("|")[0]!, ": ", s.v("ref"), "\\n",
    s.W.sig.split("|")[1]!, ": ", s.phoneP("custm", "mobile"),
    r.chance(0.7) ? ["\\nDial-in: ", dial, " PIN: ", neg(r, s.loc, "dial-pin")] : [],
  ]
  const body = lines(
    "BEGIN:VCALENDAR",
    r.pick(["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "PRODID:-//Google Inc//Google Calendar 70.9054//EN"]),
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(new Date(start.getTime() + 30 * 60_000))}`,
    ["SUMMARY:", s.line("icalSum")],
    ["ORGANIZER;CN=", cn("agent"), ":mailto:", s.email("agent")],
    ["ATTENDEE;CN=", cn("cust"), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:", s.email("cust")],
    r.chance(0.35) && ["ATTENDEE;CN=", cn("other"), ";ROLE=OPT-PARTICIPANT:mailto:", s.email("other")],
    desc,
    `UID:040000008200E00074C5B7101A82E008${Array.from({ length: 32 }, () => "0123456789ABCDEF"[r.int(16)]).join("")}`,
    "END:VEVENT",
    "END:VCALENDAR",
  )
  s.d.put(body)
}
