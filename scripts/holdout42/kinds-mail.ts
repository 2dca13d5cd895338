// Mail kinds: e-mails with signatures and disclaimers, forwarded mail with quoted headers and quoted lines.
import { facts } from "./domains.ts"
import type { Draft, Seg } from "./draft.ts"
import { date, time } from "./everyday.ts"
import { P, desk, mail, ph, type Scene } from "./fill.ts"
import { contact, extras, intro, need, third } from "./bits.ts"

const DISCLAIMERS = [
  "This e-mail and any attachments are confidential and intended solely for the addressee.",
  "CONFIDENTIALITY: if you received this message in error, please delete it and notify the sender.",
  "Please consider the environment before printing this e-mail 🌱",
]

function signature(s: Scene, d: Draft): void {
  const { r, w } = s
  d.line().line(w.regards, ",")
  d.line(P(s, s.agent, r.pick(["full", "initial"] as const)))
  d.line(`${need(s)} · ${s.brand}`)
  d.line(w.phone, ": ", ph(s), r.chance(0.4) ? ` | ${w.ext} ${100 + r.int(900)}` : "", " | ", desk(s, r.pick(["info", "help", "bookings", "office"])))
  d.line().add("—", r.pick(DISCLAIMERS))
}

export function email(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line("Subject: ", need(s), " – ", ...facts(s.domain, loc, r))
  d.line("From: ", P(s, s.cust, "full"), " <", mail(s, s.cust), ">").line()
  d.line(w.hi, " ", P(s, s.agent, "given"), ",").line()
  d.line(...intro(s), ". ", ...contact(s), ".")
  for (const x of extras(s, 1 + r.int(2))) d.line(...x)
  if (r.chance(0.6)) d.line(...third(s), ".")
  d.line().line(w.thanks, ",").line(P(s, s.cust, r.pick(["full", "given"] as const)))
  if (r.chance(0.6)) {
    d.line().line("> ", date(loc, r), " ", time(loc, r), ", ", P(s, s.agent, "full"), ":")
    d.add("> ", w.callback, ".")
    signature(s, d)
  }
}

export function fwd(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line(r.pick(["FYI, see below.", "Fwd to the team 👇", w.note + ":"]), " ", P(s, s.agent, "given"))
  d.line().line("---------- Forwarded message ---------")
  d.line("From: ", P(s, s.cust, r.pick(["full", "caps"] as const)), " <", mail(s, s.cust), ">")
  d.line("Date: ", date(loc, r), " ", time(loc, r))
  d.line("Subject: ", need(s))
  d.line("To: ", desk(s, r.pick(["customerservice", "info", "depot"]))).line()
  const q = (...segs: Seg[]) => d.line("> ", ...segs)
  q(w.hi, ",")
  q(...intro(s), ". ", ...contact(s))
  for (const x of extras(s, 1 + r.int(2))) q(...x)
  if (r.chance(0.5)) q(...third(s))
  q(w.thanks, ", ", P(s, s.cust, "given"))
}
