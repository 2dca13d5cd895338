// Record-like kinds: agent notes, CSV and TSV exports, log lines, web forms, markdown tickets, driver notes, invoices.
import { facts, SHAPES, bizNumber } from "./domains.ts"
import { E, N, type Draft, type Seg } from "./draft.ts"
import { amount, date, postcode, time, timestamp, version } from "./everyday.ts"
import { P, anyName, mail, ph, phone, type Scene } from "./fill.ts"
import { phoneIn } from "./phones.ts"
import { ip, nino, ssn } from "./values.ts"
import { extras, need, third } from "./bits.ts"

export function note(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line(date(loc, r), " ", time(loc, r), " ", P(s, s.agent, "initial"), ": ", need(s), " — ", w.customer, " ", P(s, s.cust, r.pick(["full", "capsFirst", "family"] as const)))
  d.line("CB ", ...phone(s), r.chance(0.5) ? " (am only)" : "")
  if (loc.nino && r.chance(0.6)) d.line("* NINO on file: ", E("UK_NINO", nino(r)))
  for (const x of extras(s, 1 + r.int(2))) d.line("* ", ...x)
  if (r.chance(0.6)) d.line("* ", ...third(s))
  d.add(w.noted, " /", P(s, s.agent, "given"))
}

export function csv(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  const sep = r.pick([",", ";", "\t"])
  const quote = sep !== "\t" && r.chance(0.5)
  const cell = (x: Seg): Seg[] => (quote ? ['"', x, '"'] : [x])
  const split = r.chance(0.4)
  const head = split ? ["given", "family"] : [w.name]
  const idCol = loc.ssn ? "SSN" : loc.nino ? "NINO" : ""
  d.line([...head, w.phone, w.email, ...(idCol ? [idCol] : []), w.order, w.total, w.on].join(sep))
  const rows = 1 + r.int(3)
  for (let i = 0; i < rows; i++) {
    const p = i === 0 ? s.cust : i === 1 ? s.other : s.agent
    const names: Seg[][] = split ? [cell(P(s, p, "given")), cell(E("PERSON", p.family))] : [cell(P(s, p, r.pick(["full", "capsFirst", "caps"] as const)))]
    const cells: Seg[][] = [...names, cell(ph(s)), cell(mail(s, p)), ...(idCol ? [cell(loc.ssn ? E("US_SSN", ssn(r)) : E("UK_NINO", nino(r)))] : []), cell(N(s.domain === "pets" ? "kennel-ref" : "box-order", bizNumber(r, SHAPES[s.domain === "pets" ? "kennel-ref" : "box-order"]!))), ['"', amount(loc, r), '"'], cell(date(loc, r))]
    d.line(...cells.flatMap((c, j) => (j === 0 ? c : [sep, ...c])))
  }
  d.text = d.text.replace(/\n$/, "")
}

export function log(s: Scene, d: Draft): void {
  const { r, loc } = s
  const lines = 2 + r.int(3)
  for (let i = 0; i < lines; i++) {
    if (r.chance(0.5)) {
      d.line(timestamp(r), ` level=${r.pick(["info", "warn"])} svc=${s.domain}-api ver=`, version(r), " ip=", E("IP_ADDRESS", ip(r)), ...(i === 0 ? [' user="', P(s, s.cust, "full"), '" msisdn=', ph(s)] : [' msg="', ...facts(s.domain, loc, r), '"']))
    } else {
      d.line('{"ts":"', timestamp(r), '","event":"', r.pick(["callback.requested", "booking.updated", "sms.sent"]), '","caller":"', P(s, i % 2 ? s.other : s.cust, "full"), '","phone":"', ph(s), '","client_ip":"', E("IP_ADDRESS", ip(r)), '","app":"', version(r), '"}')
    }
  }
  d.text = d.text.replace(/\n$/, "")
}

export function form(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line(`— ${need(s)} · ${s.brand}.${loc.tld} —`)
  if (r.chance(0.5)) d.line(`${w.name}: `, P(s, s.cust, r.pick(["full", "caps"] as const)))
  else d.line("First name: ", P(s, s.cust, "given")).line("Surname: ", E("PERSON", s.cust.family))
  const { v } = phoneIn(loc.cc, r)
  const wrap = r.chance(0.3) && v.includes(" ")
  const at = v.lastIndexOf(" ")
  d.line(`${w.phone}: `, E("PHONE", wrap ? v.slice(0, at) + "\n" + v.slice(at + 1) : v))
  if (r.chance(0.3)) d.line(`${w.phone} 2: `, ...phone(s))
  d.line(`${w.email}: `, mail(s, s.cust))
  d.line("Postcode: ", postcode(loc, r))
  if (loc.ssn && r.chance(0.7)) d.line("SSN: ", E("US_SSN", ssn(r)))
  if (loc.nino && r.chance(0.7)) d.line("National Insurance No: ", E("UK_NINO", nino(r)))
  for (const x of extras(s, 1 + r.int(2))) d.line(`${w.note}: `, ...x)
  d.add("IP: ", E("IP_ADDRESS", ip(r)), " · ", date(loc, r), " ", time(loc, r))
}

export function ticket(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line(`### ${need(s)} #${1000 + r.int(9000)}`).line()
  d.line(`| ${w.customer} | ${w.phone} | ${w.on} |`).line("|---|---|---|")
  d.line("| ", P(s, s.cust, r.pick(["full", "capsFirst"] as const)), " | ", ph(s), " | ", date(loc, r), " |").line()
  d.line("- **", w.note, "**: ", ...facts(s.domain, loc, r))
  for (const x of extras(s, 1 + r.int(2))) d.line("- ", ...x)
  if (r.chance(0.6)) d.line("- ", ...third(s))
  d.line().line("> ", P(s, s.cust, "given"), ": ", w.callback, " `", time(loc, r), "`")
  d.add("@", P(s, s.agent, "given"), " ", w.noted, " ✅")
}

export function driver(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line(`🚚 ${w.delivery} `, date(loc, r), " · ", ...facts(s.domain, loc, r))
  d.line(r.pick(["Drop ", "Stop ", "#"]), String(1 + r.int(40)), ": ", P(s, s.cust, r.pick(["full", "caps", "lower"] as const)), ", ", postcode(loc, r), " — ", ...phone(s))
  d.line(loc.en ? r.pick(["Left behind the bins, gate code not needed", "No answer, left in the porch", "Dog barking, box by the shed"]) : `${w.note}: ${w.noted}`)
  if (r.chance(0.7)) d.line(...third(s))
  for (const x of extras(s, r.int(2))) d.line(...x)
  d.add(`${w.driver}: `, P(s, s.agent, r.pick(["given", "initial"] as const)))
}

export function invoice(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line(`INVOICE INV-${26}-${String(r.int(100000)).padStart(5, "0")} · `, date(loc, r))
  d.line(N("name-word", "Bill"), " to: ", P(s, s.cust, r.pick(["full", "caps", "initial"] as const)), ", ", postcode(loc, r))
  d.line(`${w.phone} `, ph(s), " · ", mail(s, s.cust)).line()
  d.line(...facts(s.domain, loc, r))
  d.line(`${w.total}: `, amount(loc, r))
  for (const x of extras(s, 1 + r.int(2))) d.line(...x)
  d.add(`${w.regards}, ${s.brand} · `, anyName(s, s.agent))
}
