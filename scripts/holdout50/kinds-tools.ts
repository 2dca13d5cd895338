// Tool kinds, part one: a commit that seeded a customer into a fixture (git show), a diarized speech-to-text
// transcript, and an e-mail reply chain saved as mbox (quoted Gmail-style, or an Outlook "Original Message" block).
import { cap, clock, hex, idLine, payLines, two } from "./kit.ts"
import type { Style } from "./people.ts"
import type { Scene } from "./scene.ts"

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
/** A git-style date, `Thu Apr 17 14:02:11 2026` (not labeled). */
function gitDate(s: Scene): [string, string, number, string] {
  const when = new Date(Date.UTC(2026, s.r.int(12), 1 + s.r.int(28)))
  return [DAYS[when.getUTCDay()]!, MONTHS[when.getUTCMonth()]!, when.getUTCDate(), `${s.timeText()}:${two(s.r.int(60))}`]
}

/** A commit that put a customer's booking into a seed file: `git show` of a YAML fixture. */
export function patch(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const old = s.person()
  const a = s.person()
  const [day, mon, date, hms] = gitDate(s)
  const line = 8 + r.int(80)
  s.put(`commit ${hex(s, 40)}\nAuthor: `).name(a, "full").put(" <").ent("EMAIL", `${a.gl.replace(/ /g, "")}.${a.fl.split(" ")[0]}@${s.biz.domain}`)
  s.put(`>\nDate:   ${day} ${mon} ${date} ${hms} 2026 +0${r.int(5)}00\n\n    seed: add `).name(c, "call").put(`'s booking (${s.biz.key.toUpperCase()}-${100 + r.int(900)})\n\n`)
  s.put(`diff --git a/seed/customers.yml b/seed/customers.yml\nindex ${hex(s, 7)}..${hex(s, 7)} 100644\n--- a/seed/customers.yml\n+++ b/seed/customers.yml\n`)
  s.put(`@@ -${line},6 +${line},14 @@ customers:\n   - id: ${1000 + r.int(8000)}\n     name: "`).name(old, "full").put('"\n-    phone: "').phone(old, "nat")
  s.put('"\n+    phone: "').phone(old, "e164").put(`"\n+  - id: ${1000 + r.int(8000)}\n+    name: "`).name(c, r.pick<Style>(["full", "comma", "caps"]))
  s.put('"\n+    email: ').email(c).put('\n+    phone: "').phone(c, r.pick(["e164", "intl", "nat"])).put('"\n+    ref: ').bn()
  s.put("\n+    booked: ").date("iso").put(" ").time()
  s.put('\n+    payout: "').payout().put('"\n+    last_ip: ').ip()
  if (s.natIds) s.put("\n+    ").natId(s.loc.tag === "en-US" ? "ssn: " : "ni_number: ")
  s.put('\n+    note: "').say(L.about, {}, c).put(" ")
  payLines(s, c)
  if (r.chance(0.35)) s.put(" ").word()
  s.put('"')
}

export function diarized(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  const tick = clock(r.int(3))
  const turn = (spk: string) => {
    s.low = false
    s.put(`\n[${tick(".").slice(3, 11)}] ${spk}: `)
    s.low = true
  }
  s.put(`# ${s.biz.svc} asr · diarization: 2 speakers · `).date("iso")
  s.put("\n# SPEAKER_00 = agent ").name(a, r.pick<Style>(["full", "call"]))
  s.put("\n# SPEAKER_01 = caller")
  turn("SPEAKER_00")
  s.say(L.speaking, { S: () => s.name(a, "call") })
  turn("SPEAKER_01")
  s.say(L.vmHi, { N: () => s.name(c, r.pick<Style>(["full", "call"])) }, c).put(" ").say(L.about, {}, c)
  turn("SPEAKER_00")
  s.say(L.thanks, {}, c)
  turn("SPEAKER_01")
  s.say(L.vmCall, { P: () => (r.chance(0.7) ? s.saidPhone(c) : s.phone(c, "compact")) }, c)
  if (r.chance(0.5)) (turn("SPEAKER_01"), s.say("{E}", {}, c))
  turn("SPEAKER_01")
  s.say(r.chance(0.5) ? L.refund : L.declined, {}, c)
  if (r.chance(0.35)) (turn("SPEAKER_01"), s.word())
  turn("SPEAKER_00")
  s.say(L.ok)
  s.low = false
}

export function mbox(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  const [day, mon, date, hms] = gitDate(s)
  s.put("From ").email(c).put(` ${day} ${mon} ${date} ${hms} 2026\n`)
  s.put('From: "').name(c, r.pick<Style>(["comma", "full", "caps"])).put('" <').email(c).put(">\n")
  s.put(`To: ${s.biz.brand} <`).role().put(">\n")
  s.put(`Subject: Re: `).say(L.subject).put("\n")
  s.put(`Date: ${day}, ${date} ${mon} 2026 ${hms} +0${r.int(5)}00\nContent-Type: text/plain; charset=utf-8\n\n`)
  s.say(L.hi, { N: () => s.name(c, "full") }, c).put(" ").say(L.about, {}, c).put("\n")
  payLines(s, c, "\n")
  if (r.chance(0.5)) s.put("\n").say(L.reach, {}, c)
  idLine(s, "\n")
  if (r.chance(0.35)) s.put("\n").word()
  s.put("\n\n-- \n").name(c, "call").put("\n\n")
  if (r.chance(0.5)) {
    s.say(L.wrote, { S: () => s.name(a, "full"), E: () => s.role(), D: () => s.date("medium") }).put("\n> ")
    s.say(L.dear, { N: () => s.polite(c) }, c).put("\n> ").say(cap(L.body), {}, c).put(`\n> ${L.regards}\n> `).name(a, "full")
    s.put("\n> ").bizPhone()
  } else {
    s.put("-----Original Message-----\nFrom: ").name(a, "full").put(" <").role().put(">\nSent: ").date("long").put(" ").time()
    s.put("\nTo: ").name(c, "full").put(" <").email(c).put(">\nSubject: ").say(L.subject).put("\n\n")
    s.say(L.dear, { N: () => s.polite(c) }, c).put("\n").say(cap(L.body), {}, c).put(`\n${L.regards}\n`).name(a, "call")
  }
}
