// Mail as agents copy it: a ticket thread with quoted replies, a forwarded mail (Outlook's and Gmail's headers in
// the locale's words), and a staff signature with several numbers (a fax number is a phone too).
import { quote, type Bit, type Piece } from "./draft.ts"
import { extras, lines, nameWord, sentences, subject, wroteLine } from "./kit.ts"
import { date, neg, time } from "./numbers.ts"
import type { Scene } from "./scene.ts"

function customerBody(s: Scene): Bit[] {
  return lines(
    s.line("hi", { g: s.name("agent", "given"), n: s.name("agent", "full") }),
    "",
    sentences(s.line("biz.issue"), s.r.chance(0.4) && nameWord(s)),
    sentences(s.line("callMe"), s.r.chance(0.4) && s.line("mailMe")),
    ...extras(s, 2),
    "",
    s.pick("thanks"),
    s.name("cust", s.r.pick(["full", "given"] as const)),
  )
}

function agentBody(s: Scene, sign: boolean): Bit[] {
  return lines(
    s.line("hi"),
    "",
    s.line("biz.reply"),
    s.r.chance(0.5) && s.line("callback"),
    "",
    s.pick("regards"),
    sign && s.name("agent", "full"),
    sign && s.brand(),
  )
}

export function thread(s: Scene): void {
  const r = s.r
  const custFirst = r.chance(0.5)
  const head: Bit[] = r.chance(0.6) ? [s.W.re, " ", ...subject(s), "\n\n"] : []
  const older = lines(wroteLine(s, custFirst ? "agent" : "cust"), quote(custFirst ? agentBody(s, true) : customerBody(s), "> "))
  const middle = custFirst ? customerBody(s) : agentBody(s, true)
  const latest = custFirst ? agentBody(s, true) : lines(s.line("hi", { g: s.name("agent", "given") }), "", s.line("biz.issue"), s.line("callMe"), "", s.pick("thanks"), s.name("cust", "given"))
  s.d.put([head, latest, "\n\n", wroteLine(s, custFirst ? "cust" : "agent"), "\n", quote([middle, r.chance(0.6) ? ["\n\n", older] : []], "> ")])
}

function outlookHead(s: Scene, role: string): Bit[] {
  const [from, sent, to, subj, cc] = s.W.outlook.split("|") as [string, string, string, string, string]
  const who = s.r.chance(0.5) ? [s.name(role, "comma"), " <", s.email(role), ">"] : [s.name(role, "full"), " [mailto:", s.email(role), "]"]
  const when = new Intl.DateTimeFormat(s.loc.tag, { dateStyle: "full", timeZone: "UTC" }).format(new Date(Date.UTC(2026, s.r.int(12), 1 + s.r.int(28))))
  return lines(
    [from, " ", ...who],
    [sent, " ", when, " ", time(s.r, s.loc)],
    [to, " ", s.brand(), " <", { text: `service@${s.staffDomain()}`, type: "EMAIL" }, ">"],
    s.r.chance(0.3) && [cc, " ", s.name("other", "full"), " <", s.email("other"), ">"],
    [subj, " ", ...subject(s)],
  )
}

function gmailHead(s: Scene, role: string): Bit[] {
  const [banner, from, dt, subj, to] = s.W.gmail.split("|") as [string, string, string, string, string]
  return lines(banner, [from, " ", s.name(role, "full"), " <", s.email(role), ">"], [dt, " ", date(s.r, s.loc), " ", time(s.r, s.loc)], [subj, " ", ...subject(s)], [to, " <", { text: `info@${s.staffDomain()}`, type: "EMAIL" }, ">"])
}

export function forward(s: Scene): void {
  const r = s.r
  const note = lines(s.line("fyi"), r.chance(0.5) && s.line("callMe"), "", s.name("agent", r.pick(["full", "given"] as const)))
  const head = r.chance(0.5) ? outlookHead(s, "cust") : gmailHead(s, "cust")
  const prefix = r.chance(0.5) ? [s.W.fw, " ", ...subject(s), "\n\n"] : []
  const form = r.chance(0.35) ? ["\n\n-- \nWeb form · IP ", s.v("ip"), " · v", neg(r, s.loc, "app-version")] : []
  s.d.put([prefix, note, "\n\n", head, "\n\n", customerBody(s), form])
}

function signatureBlock(s: Scene): Bit[] {
  const r = s.r
  const [direct, mobile, board, fax] = s.W.sig.split("|") as [string, string, string, string]
  const ext: Bit = r.chance(0.35) ? [" (", s.r.pick(s.W.ext.split(" || ")), " ", String(200 + r.int(700)), ")"] : []
  const dir: Piece = s.phoneP("direct", "fixed")
  const mob: Piece = s.phoneP("agentmob", "mobile")
  const sw: Piece = s.phoneP("board", r.chance(0.5) ? "free" : "fixed")
  const fx: Piece = s.phoneP("fax", "fixed")
  const sep = r.pick(["\n", " | ", " · "])
  const nums = r.chance(0.5)
    ? lines([direct, ": ", dir, ext], [mobile, ": ", mob], [board, ": ", sw], r.chance(0.6) && [fax, ": ", fx])
    : [[direct[0], " ", dir, ext], sep, [mobile[0], " ", mob], sep, [fax[0], " ", fx]]
  return lines("--", s.name("agent", "full"), s.brand(), nums, [s.email("agent"), r.chance(0.5) ? ` | www.${s.staffDomain()}` : ""])
}

export function signature(s: Scene): void {
  const r = s.r
  const body = lines(s.line("hi"), "", s.line("biz.reply"), r.chance(0.5) && s.line("callback"), r.chance(0.3) && nameWord(s), "", s.pick("regards"))
  const custSig = r.chance(0.4) ? ["\n\n", quote(lines(wroteLine(s, "cust"), s.line("biz.issue"), "", s.name("cust", "full"), [s.W.sig.split("|")[1]!, ": ", s.phoneP("custm", "mobile")]), "> ")] : []
  s.d.put([body, "\n", signatureBlock(s), custSig])
}
