// The prose kinds: sms, chat, summary, note, email, transcript, voicemail and ticket.
import type { Ctx } from "./ctx.ts"
import type { Doc } from "./doc.ts"
import { heading } from "./kinds-structured.ts"
import { putEmail, putName, putPhones, type NameStyle } from "./people.ts"
import { emoji, EXTRA_KEY, putExtra, putPhrase, type Plan } from "./plan.ts"

const topic = (c: Ctx) => (c.lang.code === "en" ? `${c.rng.pick(c.biz.topics)} ` : "")

function inline(c: Ctx, d: Doc, p: Plan): void {
  for (const x of p.extras) { d.add(`${EXTRA_KEY[x]} `); putExtra(c, d, x); d.add(". ") }
  p.biz.forEach((f, i) => { d.add(`${f.key} `); f.put(d); d.add(i < p.biz.length - 1 ? ", " : ". ") })
  if (p.wordName) { putPhrase(d, p.wordName.phrase); d.add(" ") }
}

function phones(c: Ctx, d: Doc, p: Plan): void {
  if (!p.phones) return
  if (p.emoji && c.rng.chance(0.8)) d.add(emoji(c))
  putPhones(c, d, p.two, p.ext)
}

const cap = (s: string) => s[0]!.toLocaleUpperCase() + s.slice(1)

const casual = (c: Ctx): NameStyle => c.rng.pick(["lower", "lower given", "given", "full", "lower given"])

function sms(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  d.add(`${w.hi}`)
  if (p.agent) { d.add(" "); putName(d, p.agent, casual(c)) }
  d.add(", ")
  if (p.emoji) d.add(emoji(c))
  putName(d, p.main, casual(c))
  d.add(c.lang.code === "en" ? " here. " : ". ")
  if (p.phones) { d.add(`${cap(w.callMe)} `); phones(c, d, p); d.add(". ") }
  inline(c, d, p)
  if (p.other) { d.add(`${cap(w.contact)} `); putName(d, p.other, casual(c)); d.add(". ") }
  d.add(w.thanks)
}

function chat(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  const cust = w.customer[0]!.toLocaleUpperCase() + w.customer.slice(1)
  let minute = c.rng.int(7 * 60, 19 * 60)
  const line = (who: "c" | "a") => {
    minute += c.rng.int(0, 3)
    d.add("[").neg("time", `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, "0")}`).add("] ")
    if (who === "c" || !p.agent) d.add(`${cust}: `)
    else { d.add(`${w.agent} `); putName(d, p.agent, "full"); d.add(": ") }
  }
  line("c"); d.add(`${w.hi}, `); putName(d, p.main, casual(c)); d.add("\n")
  line("a"); d.add(`${w.thanks}. ${topic(c)}\n`)
  if (p.phones) { line("c"); d.add(`${cap(w.callMe)} `); phones(c, d, p); d.add("\n") }
  if (p.email) { line("c"); putEmail(c, d, p.main); d.add("\n") }
  line("c"); inline(c, d, p); d.add("\n")
  if (p.other) { line("a"); d.add(`${w.contact}: `); putName(d, p.other, "full"); d.add("\n") }
}

function summary(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  d.add(`${heading(c)}\n${w.spoke} `)
  // A title stays outside the name's span.
  if (c.lang.code === "en" && c.rng.chance(0.25)) d.add("Dr ")
  putName(d, p.main, "full")
  d.add(` (${w.customer}). ${topic(c)}`)
  if (p.phones) { d.add(`${w.callback}: `); phones(c, d, p); d.add(". ") }
  if (p.email) { d.add(`${w.email}: `); putEmail(c, d, p.main); d.add(". ") }
  inline(c, d, p)
  if (p.other) { d.add(`\n${cap(w.contact)}: `); putName(d, p.other, "full") }
  if (p.agent) { d.add(`\n${w.agent} `); putName(d, p.agent, "full") }
}

function note(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  if (p.emoji) d.add(emoji(c))
  putName(d, p.main, casual(c))
  d.add(c.lang.code === "en" ? " rang. " : ": ")
  d.add(topic(c))
  if (p.phones) { d.add(`${w.mobile.toLocaleLowerCase()} `); phones(c, d, p); d.add(". ") }
  inline(c, d, p)
  if (p.other) { d.add("\ncc "); putName(d, p.other, "full") }
}

function email(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  d.add("From: "); putName(d, p.main, "full")
  if (p.email) { d.add(" <"); putEmail(c, d, p.main); d.add(">") }
  d.add("\nTo: "); putEmail(c, d)
  if (p.other) { d.add("\ncc "); putName(d, p.other, "full") }
  d.add(`\nSubject: ${w.re}: ${c.rng.pick(c.biz.brands)}\n\n${w.hi},\n\n${topic(c)}`)
  if (p.phones) { d.add(`${cap(w.callMe)} `); phones(c, d, p); d.add(".\n") }
  inline(c, d, p)
  d.add(`\n\n${w.bye},\n`)
  putName(d, p.main, c.rng.pick(["given", "full"]))
}

function transcript(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  const cust = w.customer[0]!.toLocaleUpperCase() + w.customer.slice(1)
  const agent = () => { d.add(`${w.agent}`); if (p.agent) { d.add(" "); putName(d, p.agent, "full") } d.add(": ") }
  agent(); d.add(`${w.hi}, ${c.rng.pick(c.biz.brands)}.\n${cust}: `)
  putName(d, p.main, c.rng.pick(["full", "lower", "given"]))
  d.add(`. ${topic(c)}\n`)
  if (p.phones) { agent(); d.add(`${w.phone}?\n${cust}: `); putPhones(c, d, p.two, p.ext); d.add("\n") }
  agent(); d.add(`${w.thanks}.\n${cust}: `); inline(c, d, p); d.add("\n")
}

function voicemail(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  d.add(c.lang.code === "en" ? "Hi it's " : `${w.hi}, `)
  putName(d, p.main, c.rng.pick(["full", "given"]))
  d.add(` (${c.rng.pick(c.region.places)}). ${topic(c)}`)
  if (p.phones) { d.add(`${cap(w.callMe)} `); phones(c, d, p); d.add(". ") }
  inline(c, d, p)
  if (p.other) { d.add(`${cap(w.contact)}: `); putName(d, p.other, c.rng.pick(["full", "given"])); d.add(". ") }
  d.add(w.bye + ".")
}

function ticket(c: Ctx, d: Doc, p: Plan): void {
  const w = c.lang.w
  d.add(`${heading(c)}\nStatus: open\n${w.customer}: `)
  putName(d, p.main, c.rng.pick(["FAMILY given", "full"]))
  if (p.phones) { d.add(`\n${w.phone}: `); phones(c, d, p) }
  if (p.email) { d.add(`\n${w.email}: `); putEmail(c, d, p.main) }
  d.add(`\n${topic(c)}`)
  inline(c, d, p)
  if (p.other) { d.add("\ncc "); putName(d, p.other, "full") }
  if (p.agent) { d.add(`\n${w.agent} `); putName(d, p.agent, "full") }
}

/** A text with lookalikes only: no person, phone or other PII. */
export function negativesOnly(c: Ctx, d: Doc, p: Plan): void {
  d.add(`${heading(c)}\n${topic(c)}`)
  inline(c, d, p)
}

export const PROSE: Record<string, (c: Ctx, d: Doc, p: Plan) => void> = { sms, chat, summary, note, email, transcript, voicemail, ticket }
