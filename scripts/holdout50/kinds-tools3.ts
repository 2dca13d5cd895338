// Tool kinds, part three: a developer's curl command reproducing a failed booking, the SIP INVITE of a call with the
// PBX's note, and exiftool's listing of a scanned PDF a customer sent in.
import { hex, idLine, payLines, two } from "./kit.ts"
import type { Style } from "./people.ts"
import type { Scene } from "./scene.ts"
import { privateIp } from "./values.ts"

export function curl(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  s.put(`# repro ${s.biz.key.toUpperCase()}-${100 + r.int(900)}: booking rejected, reported by `).name(a, r.pick<Style>(["full", "call"]))
  s.put(`\ncurl -sS -X POST 'https://api.${s.biz.domain}/v2/bookings' \\\n  -H 'Content-Type: application/json' \\\n  -H 'X-Forwarded-For: `)
  s.ip().put("' \\\n  -d '{\"customer\":{\"givenName\":\"").ent("PERSON", c.given).put('","familyName":"').ent("PERSON", c.family)
  s.put('","email":"').email(c).put('","phone":"').phone(c, r.pick(["e164", "nat", "compact"])).put(`","locale":"${s.loc.tag}"`)
  if (s.natIds && r.chance(0.85)) s.natId(s.loc.tag === "en-US" ? ',"ssn":"' : ',"ni_number":"').put('"')
  s.put('},"ref":"').bn().put('","date":"').date("iso").put('","time":"').time().put('"')
  if (r.chance(0.6)) s.put(',"payout":"').payout().put('"')
  s.put(',"note":"').say(L.about, {}, c)
  if (r.chance(0.3)) s.put(" ").word()
  s.put(`"}'\n# HTTP/1.1 422 {"error":"slot_unavailable","ref":"`).bn().put('"}')
}

export function sip(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  const line = s.bizLine().number
  const pbx = () => s.ip(false)
  const client = r.chance(0.4) ? "private" : "public"
  const cip = () => (client === "private" ? s.ent("IP_ADDRESS", privateIp(s.r)) : s.ip(false))
  s.put("INVITE sip:").ent("PHONE", line).put("@").run(pbx).put(" SIP/2.0\nVia: SIP/2.0/UDP ").run(cip).put(`:5060;branch=z9hG4bK${hex(s, 10)}\nMax-Forwards: 70\n`)
  s.put('From: "').name(c, r.pick<Style>(["full", "caps", "fam-first"])).put('" <sip:').phone(c, "e164").put("@").run(cip).put(`>;tag=${hex(s, 8)}\n`)
  s.put(`To: "${s.biz.brand}" <sip:`).ent("PHONE", line).put(">\n")
  s.put(`Call-ID: ${hex(s, 16)}\nCSeq: ${1 + r.int(90)} INVITE\nContact: <sip:`).phone(c, "e164").put("@").run(cip).put(`:${5060 + r.int(40)}>\n`)
  s.put('P-Asserted-Identity: "').name(c, "caps").put('" <tel:').phone(c, "e164").put(">\n")
  s.put(`User-Agent: ${s.biz.svc}-pbx/4.${r.int(9)}\nContent-Length: 0\n\n-- pbx note · `).date("iso").put(" ").time().put(" · ")
  s.name(a, "full").put(": ").say(L.called, {}, c).put(" ").bn()
  if (r.chance(0.5)) s.put(" ").say(L.reach, { P: () => s.phone(c, "nat") }, c)
  if (r.chance(0.3)) s.put(" ").word()
}

const DOC: Record<string, string> = { tattoo: "consent_form", dive: "medical_statement", translate: "birth_certificate", cake: "design_brief" }
const row = (s: Scene, key: string) => s.put(`\n${key.padEnd(32)}: `)

/** exiftool's listing of a PDF a customer sent in: the author and keywords carry who sent it. */
export function exif(s: Scene): void {
  const { r, L } = s
  const c = s.person()
  const a = s.person()
  const stamp = `2026:${two(1 + r.int(12))}:${two(1 + r.int(28))} ${s.timeText()}:${two(r.int(60))}+0${r.int(5)}:00`
  s.put("======== scans/").ent("PERSON", c.fl.split(" ")[0]!).put(`_${DOC[s.biz.key]}.pdf`)
  row(s, "ExifTool Version Number").put(`12.${40 + r.int(50)}`)
  row(s, "File Name").ent("PERSON", c.fl.split(" ")[0]!).put(`_${DOC[s.biz.key]}.pdf`)
  row(s, "File Modification Date/Time").put(stamp)
  row(s, "PDF Version").put(`1.${3 + r.int(5)}`)
  row(s, "Page Count").put(String(1 + r.int(4)))
  row(s, "Producer").put(r.pick(["Microsoft: Print To PDF", "iOS Version 17.4 Quartz PDFContext", "Adobe Scan for Android", "CamScanner"]))
  row(s, "Author").name(c, r.pick<Style>(["full", "full", "caps", "comma"]))
  row(s, "Title").say("{K} {B}")
  row(s, "Keywords").email(c).put("; ").phone(c, r.pick(["e164", "nat", "intl"]))
  row(s, "Subject").say(L.when, {}, c).put(" ")
  payLines(s, c)
  if (s.natIds) row(s, "Description").run(() => idLine(s, "", "; "))
  row(s, "Last Modified By").name(a, "full")
  row(s, "Comments").say(L.called, {}, c).put(" ").say(L.colleague, {}, c, s.person())
  if (r.chance(0.35)) row(s, "Notes").word()
}
