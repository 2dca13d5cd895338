// Texts copied from tools: a spreadsheet pasted with tabs, a CRM JSON dump, an SMS log, a vCard, e-mail headers.
import { NUMBER_KEY } from "./business.ts"
import type { Piece } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { join, story } from "./story.ts"

const q = (p: Piece): Piece[] => ['"', p, '"']

export function sheet(s: Scene): void {
  const { r, d, biz } = s
  const split = r.chance(0.5)
  const idCol = s.isUS() ? "ssn" : s.isGB() ? "ni_number" : undefined
  const head = [...(split ? ["first_name", "last_name"] : ["name"]), "phone", "email", ...(idCol ? [idCol] : []), NUMBER_KEY[biz.x]!, NUMBER_KEY[biz.y]!, "amount", "date"]
  d.line(head.join("\t"))
  for (let i = r.int(1, 3); i > 0; i--) {
    const c = s.person()
    const cells: Piece[][] = split ? [[s.name(c, "given")], [{ t: c.family, type: "PERSON" }]] : [[s.name(c, r.pick(["full", "comma"]))]]
    cells.push([s.phone()], [s.email(c)])
    if (idCol) cells.push([r.chance(0.85) ? (s.isUS() ? s.ssn() : s.nino()) : s.isUS() ? s.ssnBad() : s.ninoBad()])
    cells.push([s.num(biz.x)], [s.num(biz.y)], [s.amount()], [s.date()])
    d.line(...join(cells, "\t"))
  }
  if (r.chance(0.5)) d.line(...join([s.nameWord()]))
}

export function json(s: Scene): void {
  const { r, d, biz } = s
  const c = s.person()
  const nl = r.chance(0.6) ? "\n" : ""
  const ind = (n: number) => (nl ? "  ".repeat(n) : "")
  const sp = nl ? "" : " "
  const fields: Array<[string, Piece[]]> = [
    ["first_name", q(s.name(c, "given"))], ["last_name", q({ t: c.family, type: "PERSON" })], ["phone", q(s.phone(r.pick(["e164", "intl", undefined])))],
    ["email", q(s.email(c))],
  ]
  if (s.isUS()) fields.push(["ssn", q(s.ssn())])
  if (s.isGB()) fields.push(["ni_number", q(s.nino())])
  const rec: Array<[string, Piece[]]> = [[NUMBER_KEY[biz.x]!, q(s.num(biz.x))], [NUMBER_KEY[biz.y]!, q(s.num(biz.y))], [NUMBER_KEY[biz.z]!, q(s.num(biz.z))]]
  if (biz.card && r.chance(0.5)) rec.push(["card", q(s.card())])
  else if (biz.payout && r.chance(0.5)) rec.push(["payout_account", q(s.account().at(-1)!)])
  if (r.chance(0.6)) rec.push(["client_ip", q(s.ip())])
  rec.push(["created", q(s.date())])
  if (r.chance(0.5)) rec.push(["note", ['"', ...s.nameWord(), '"']])
  const obj = (kv: Array<[string, Piece[]]>, depth: number): Piece[] =>
    ["{", nl, ...join(kv.map(([k, v]) => [ind(depth), `"${k}": `, ...v]), "," + (nl || sp)), nl, ind(depth - 1), "}"]
  if (r.chance(0.5)) d.line(s.r.pick(["CRM export:", "Payload from the webhook:", `${s.brand()} record`]))
  const fence = r.chance(0.4)
  if (fence) d.line("```json")
  d.line(...obj([["customer", obj(fields, 2)] as [string, Piece[]], ...rec.map(([k, v]) => [k, v] as [string, Piece[]])], 1))
  if (fence) d.line("```")
}

export function sms(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const num = (s.phone(r.pick(["e164", "intl"])) as { t: string }).t
  const us = r.pick(["INFO", "DESK", s.brand().split(" ")[0]!.toUpperCase()])
  d.line(`SMS · ${s.brand()} · `, s.date())
  const them = (): Piece => ({ t: num, type: "PHONE" })
  story(s, c, { email: r.chance(0.5) }).forEach((sentence, i) => {
    d.line("[", s.time(), "] ", them(), " → ", us, ": ", ...sentence)
    if (i === 0 || r.chance(0.2)) d.line("[", s.time(), "] ", us, " → ", them(), ": ", ...s.t("thanks", { n: s.name(c, "given") }))
  })
}

export function vcard(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  if (r.chance(0.5)) d.line(...s.t("handover", { n: s.name(s.person()) }))
  d.line("BEGIN:VCARD")
  d.line("VERSION:", r.pick(["3.0", "4.0"]))
  d.line("N:", { t: c.family, type: "PERSON" }, ";", s.name(c, "given"), ";;;")
  d.line("FN:", s.name(c))
  d.line("TEL;TYPE=", r.pick(["CELL", "cell,voice", "HOME"]), ":", s.phone(r.pick(["e164", "intl"])))
  if (r.chance(0.4)) d.line("TEL;TYPE=WORK:", s.phone())
  d.line("EMAIL;TYPE=INTERNET:", s.email(c))
  d.line("NOTE:", ...join([s.bizLine(), ...(r.chance(0.5) ? [s.nameWord()] : [])]))
  d.line("END:VCARD")
}

export function mailhdr(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  d.line("From: ", s.name(c, r.pick(["full", "full", "comma"])), " <", s.email(c), ">")
  d.line("To: ", s.brand(), " <", s.deskEmail(), ">")
  d.line("Subject: ", r.pick(["Re: ", "Fwd: ", ""]), s.num(s.biz.x))
  if (r.chance(0.6)) d.line("X-Originating-IP: [", s.ip(false), "]")
  d.line()
  d.line(...s.t("hi", { n: s.brand() }))
  d.line(...join(story(s, c, { email: false })))
  d.line(s.L.regards)
  d.line(s.name(c, r.pick(["given", "full"])))
}
