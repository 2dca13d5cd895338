// Plain texts: web chat, agent note, AI call summary, letter, voicemail; and the notice, with no personal data.
import { NUMBER_KEY } from "./business.ts"
import type { Piece } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { join, story } from "./story.ts"

export function chat(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const a = s.person()
  const cl = s.name(c, r.pick(["given", "full"]))
  const al = s.name(a, "given")
  const body = story(s, c)
  let h = r.int(8, 19)
  let m = r.int(0, 50)
  const stamp = () => {
    m += r.int(0, 3)
    if (m > 59) [h, m] = [h + 1, m - 60]
    return { t: `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`, kind: "time" }
  }
  d.line(al, " (", stamp(), "): ", ...s.t("hi", { n: s.name(c, "given") }))
  for (const [i, sentence] of body.entries()) {
    if (i === 2 && r.chance(0.5)) d.line(al, " (", stamp(), "): ", ...s.t("thanks", { n: s.name(c, "given") }))
    d.line(cl, " (", stamp(), "): ", ...sentence)
  }
  d.line(al, " (", stamp(), "): ", ...s.t("handover", { n: s.name(s.person(), "full") }))
}

export function note(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const head = r.pick(["Note", "NB", "Memo", "***"])
  d.line(head, " ", s.date(), " ", s.time(), " — ", s.name(c, r.pick(["full", "caps", "full"])))
  d.line(...join(story(s, c)))
  if (r.chance(0.5)) d.line(...s.t("handover", { n: s.name(s.person(), r.pick(["full", "given"])) }))
}

export function summary(s: Scene): void {
  const { r, d } = s
  const [kCust, kIssue, kNext, kPhone, kMail, kNote] = s.keys()
  const c = s.person()
  const body = story(s, c, { email: false })
  d.line("**", kCust!, ":** ", s.name(c))
  d.line("**", kIssue!, ":** ", ...body[0]!)
  d.line("**", kPhone!, ":** ", s.phone())
  if (r.chance(0.7)) d.line("**", kMail!, ":** ", s.email(c))
  d.line("**", kNote!, ":** ", ...join(body.slice(1, -1)))
  d.line("**", kNext!, ":** ", ...s.t("handover", { n: s.name(s.person(), "full") }))
}

export function letter(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const a = s.person()
  d.line(s.date())
  d.line()
  d.line(...s.t("dear", { n: s.name(c, r.pick(["full", "given"])) }))
  d.line()
  d.line(...join(story(s, c)))
  d.line()
  d.line(s.L.regards)
  d.line(s.name(a))
  d.line(s.brand(), " · ", s.deskEmail(), " · ", s.phone("intl"))
}

export function voicemail(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const id = r.chance(0.75) ? s.phone("e164") : "Withheld"
  d.line("Voicemail · ", id, " · ", s.date(), " ", s.time(), " · ", r.int(18, 95) + "s")
  const body: Piece[][] = [s.bizLine()]
  if (r.chance(0.5)) body.push(s.bizLine2())
  if (r.chance(0.3)) body.push(s.nameWord())
  const vm = s.t("vm", { n: s.name(c, r.pick(["full", "given"])), p: s.saidPhone() })
  d.line(...(r.chance(0.5) ? join([vm, ...body]) : join([...body, vm])))
}

export function notice(s: Scene): void {
  const { r, d } = s
  d.line(s.L.notice, " · ", s.brand())
  d.line(...s.bizLine())
  const more: Piece[][] = [s.bizLine2(), s.t("when", { d: s.date(), t: s.time() })]
  for (const k of s.biz.more) more.push([`${NUMBER_KEY[k]}: `, s.num(k)])
  if (r.chance(0.6)) more.push(s.t("declined", { c: s.luhnBad() }))
  if (s.hasIban() && r.chance(0.35)) more.push(s.t("badIban", { i: s.ibanBad() }))
  if (r.chance(0.5)) more.push(s.t("masked", { m: s.masked() }), ["exp ", s.expiry()])
  if (r.chance(0.5)) more.push([s.amount()])
  more.push(s.nameWord())
  if (s.isUS()) more.push(["Test record, SSN ", s.ssnBad(), " is a placeholder."])
  if (s.isGB()) more.push(["Test record, NI number ", s.ninoBad(), " is a placeholder."])
  for (const m of r.shuffle(more)) d.line(...m)
}
