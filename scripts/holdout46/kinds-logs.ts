// Machine text pasted by agents: IVR and chatbot logs (caller numbers, client IP addresses with ports, IPv6 in
// brackets, X-Forwarded-For pairs) and spreadsheet rows pasted as tab-separated text with a header row.
import type { Bit, Piece } from "./draft.ts"
import { ACCOUNT_LABEL, lines } from "./kit.ts"
import { neg, timestamp } from "./numbers.ts"
import type { Scene } from "./scene.ts"
import { ipv4, ipv6, privateV4 } from "./values.ts"

const ip = (s: Scene, six = s.r.chance(0.5)): Piece => ({ text: six ? ipv6(s.r) : s.r.chance(0.8) ? ipv4(s.r) : privateV4(s.r), type: "IP_ADDRESS" })

function ivrLog(s: Scene): Bit[] {
  const r = s.r
  const pid = String(1000 + r.int(8000))
  const head = (lvl = "INFO") => [timestamp(s.tick(20), true), ` ${lvl} ivr[${pid}]: `]
  const said = s.bizNum(s.biz === "air" ? "pnr" : s.biz === "water" ? "acct" : s.biz === "uni" ? "sid" : "rx")
  return lines(
    [...head(), `call.start call_id=${r.digits(10)} ani=`, { text: s.phone("cust").e164, type: "PHONE" }, " dnis=", { text: s.phone("line", "free").e164, type: "PHONE" }, ` lang=${s.loc.tag}`],
    [...head(), 'prompt id=ask_ref text="', s.line("ivrAsk"), '"'],
    [...head("WARN"), `asr nomatch confidence=0.${r.digits(2)} prompt="`, s.pick("ivrMiss"), '"'],
    [...head(), "dtmf field=ref value=", said],
    r.chance(0.5) && [...head(), "callback.offer number=", s.phoneP("custm", "mobile"), " accepted=true"],
    [...head(), `transfer queue=${s.biz}_${s.loc.lang} agent_id=${r.digits(4)} agent="`, s.name("agent", "full"), '"'],
  )
}

function botLog(s: Scene): Bit[] {
  const r = s.r
  const sess = Array.from({ length: 12 }, () => "0123456789abcdef"[r.int(16)]).join("")
  const row = (role: string, text: Bit) => ['{"ts":"', timestamp(s.tick()), `","session":"${sess}","role":"${role}","text":"`, text, '"}']
  return lines(
    ['{"ts":"', timestamp(s.tick()), `","session":"${sess}","event":"start","channel":"webchat","client_ip":"`, ip(s), '","app":"', neg(r, s.loc, "app-version"), '"}'],
    row("bot", s.line("chatOpen", { agent: "Bot" })),
    row("user", s.line("biz.issue")),
    row("bot", s.line("chatAsk")),
    row("user", r.chance(0.5) ? s.phoneP("custm", "mobile") : s.email("cust")),
    row("bot", s.line("ivrAsk")),
    row("user", s.v("ref")),
    ['{"ts":"', timestamp(s.tick()), `","session":"${sess}","event":"handover","agent":"`, s.name("agent", "full"), '"}'],
  )
}

function accessLog(s: Scene): Bit[] {
  const r = s.r
  const path = r.pick(["/account/direct-debit", "/my-booking/change", "/portal/fees/pay", "/prescriptions/repeat", "/login"])
  const when = `[${String(1 + r.int(28)).padStart(2, "0")}/${r.pick(["Jan", "Mar", "May", "Sep", "Nov"])}/2026:${String(r.int(24)).padStart(2, "0")}:${String(r.int(60)).padStart(2, "0")}:12 +0000]`
  const six = ip(s, true)
  return lines(
    [ip(s, false), ` - - ${when} "POST ${path} HTTP/2.0" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X)"`],
    ["[", six, `]:${40000 + r.int(20000)} - - ${when} "GET ${path}?step=2 HTTP/2.0" 200 ${r.int(9000)}`],
    ["X-Forwarded-For: ", ip(s, false), ", ", { text: privateV4(r), type: "IP_ADDRESS" }],
    ["client=", ip(s, false), `:${1024 + r.int(60000)} user=`, s.email("cust"), " result=ok"],
    r.chance(0.5) && ["if=eth0 inet ", { text: privateV4(r), type: "IP_ADDRESS" }, `/${r.pick(["24", "23", "16"])} up`],
    r.chance(0.9) && ["acl allow ", { text: `${ipv4(r).replace(/\.\d+\.\d+$/, ".0.0")}/${r.pick(["16", "20", "22"])}`, kind: "cidr-block" }, " (office range)"],
  )
}

export function ivr(s: Scene): void {
  const r = s.r
  const pick = r.int(3)
  const intro = r.chance(0.5) ? [s.line("noteHead"), " ", s.v("tid"), "\n"] : []
  s.d.put([intro, pick === 0 ? ivrLog(s) : pick === 1 ? botLog(s) : accessLog(s)])
}


type Col = readonly [string, (role: string, i: number) => Bit]

function columns(s: Scene): Col[] {
  const f = s.W[s.biz].fields.split("|")
  const [, , mobile, email] = s.W.tsv.split("|") as [string, string, string, string]
  const mob: Col = [mobile, (_, i) => s.phoneP(`m${i}`, "mobile")]
  const mail: Col = [email, (role) => s.email(role)]
  const bank: Col = [s.iban ? "IBAN" : ACCOUNT_LABEL[s.cc]!, () => s.v("iban")]
  const n = (label: string | undefined, kind: string): Col => [label ?? kind, () => neg(s.r, s.loc, kind)]
  if (s.biz === "air") return [n(f[0], "pnr"), n(f[2], "ffn"), n(f[3], "seat"), mob, mail]
  if (s.biz === "water") return [n(f[0], "account-number"), mob, mail, bank, n(f[4], "meter-reading")]
  if (s.biz === "pharm") return [n(f[0], "rx-number"), mob, n(f[2], "dosage"), n(f[3], "batch"), mail]
  const ids: Col[] = s.r.chance(0.6) ? [["SSN / NI number", () => (s.r.chance(0.5) ? s.v("ssn") : s.v("nino"))]] : []
  return [n(f[0], "student-id"), n(f[1], "application-ref"), mob, mail, bank, ...ids]
}

export function tsv(s: Scene): void {
  const r = s.r
  const [given, family] = s.W.tsv.split("|") as [string, string]
  const cols = columns(s)
  const header = [...(s.loc.familyFirst ? [family, given] : [given, family]), ...cols.map((c) => c[0])]
  const rows: Bit[] = []
  for (let i = 0; i < 2 + r.int(4); i++) {
    const role = `row${i}`
    const p = s.person(role)
    const names: Piece[] = [{ text: p.given, type: "PERSON" }, { text: p.family, type: "PERSON" }]
    const cells: Bit[] = [...(s.loc.familyFirst ? [names[1], names[0]] : names), ...cols.map((c) => (r.chance(0.1) ? "" : c[1](role, i)))]
    rows.push(cells.flatMap((c, j) => (j ? ["\t", c] : [c])))
  }
  s.d.put(lines(header.join("\t"), ...rows))
}
