// Plain text: agent notes, AI call summaries, letters, and the notices that hold no personal data at all.
import type { Bit } from "./draft.ts"
import { extras, lines, nameWord, sentences } from "./kit.ts"
import { date, neg, time } from "./numbers.ts"
import type { Scene } from "./scene.ts"

export function note(s: Scene): void {
  const r = s.r
  const head = [s.pick("noteHead"), " ", s.v("tid"), " – ", date(r, s.loc), " ", time(r, s.loc), " – ", s.name("agent", r.pick(["initial", "given", "full"] as const))]
  const body = sentences(
    s.line("sumLine"),
    s.pick("verified"),
    s.line("updated"),
    ...extras(s, 2),
    r.chance(0.3) && nameWord(s),
    s.line("biz.reply"),
    s.line("callback"),
  )
  s.d.put(lines(head, body))
}

export function summary(s: Scene): void {
  const r = s.r
  const [cust, reason, outcome, next, contact] = s.W.sumFields.split("|") as [string, string, string, string, string]
  const bold = r.chance(0.6)
  const key = (k: string): Bit => (bold ? `- **${k}:** ` : `${k}: `)
  const contactLine: Bit = [key(contact), s.phoneP("cust"), r.chance(0.6) ? [", ", s.email("cust")] : []]
  const body = r.chance(0.5)
    ? lines(
        bold ? `**${s.pick("sumTitle")}**` : s.pick("sumTitle"),
        [key(cust), s.name("cust", "full")],
        [key(reason), s.line("biz.topic")],
        [key(outcome), s.line("biz.reply")],
        contactLine,
        ...extras(s, 2).map((x) => [bold ? "- " : "", x]),
        [key(next), s.line("callback")],
      )
    : lines(s.pick("sumTitle"), "", sentences(s.line("sumLine"), s.line("biz.issue"), s.line("biz.reply"), r.chance(0.3) && nameWord(s)), "", contactLine, ...extras(s, 2), [key(next), s.line("callback")])
  s.d.put(body)
}

export function letter(s: Scene): void {
  const r = s.r
  const city = s.city()
  const head = lines(s.brand(), `${city}`, "", [s.W.ourRef, " ", s.v("ref"), "   ", date(r, s.loc)], "", s.name("cust", "full"), `${city}`, "")
  const board = s.phoneP("board", r.chance(0.5) ? "free" : "fixed")
  const body = lines(
    s.line("dear"),
    "",
    sentences(s.line("biz.reply"), s.line("callback")),
    sentences(...extras(s, 1), r.chance(0.25) && nameWord(s)),
    [s.W.sig.split("|")[2]!, ": ", board],
    "",
    s.pick("close"),
    "",
    s.name("agent", "full"),
    s.brand(),
  )
  s.d.put(lines(head, body))
}

/** A notice or status line with the business's numbers and lookalikes but nobody's data. */
export function notice(s: Scene): void {
  const r = s.r
  const extra: Bit[] = []
  if (r.chance(0.5)) extra.push(nameWord(s))
  if (r.chance(0.25)) extra.push(s.line("cardBad"))
  if (s.iban && r.chance(0.2)) extra.push(s.line("ibanBad"))
  if (r.chance(0.08)) extra.push(s.line("ssnBad"))
  if (r.chance(0.08)) extra.push(s.line("ninoBad"))
  if (r.chance(0.3)) extra.push([s.v("tid"), " · ", neg(r, s.loc, "masked-card")])
  s.d.put(lines([s.brand(), " – ", s.v("date")], s.line("biz.notice"), ...extra))
}
