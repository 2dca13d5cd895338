// Text that reaches the contact center as data: a web form's urlencoded post in an access log, a Python service's
// JSON log line (ensure_ascii), and a CRM export in quoted CSV.
import type { Draft } from "./draft.ts"
import { KEY, label, sentences, stamp } from "./kit.ts"
import { ip } from "./numbers.ts"
import type { Scene } from "./scene.ts"

const UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (Linux; Android 15; SM-S921B)"]

/** A contact form's POST body as the web server logged it: every value urlencoded, the message too. */
export function form(s: Scene): Draft {
  const path = { telecom: "/esim/port-request", hospital: "/billing/enquiry", carparts: "/help/order-issue", lottery: "/safer-play/contact" }[s.biz.key]!
  s.t(`${stamp(s)} POST ${path} 302 client=`)
  if (s.negOnly) s.t("-")
  else s.put({ v: ip(s.r), type: "IP_ADDRESS" })
  s.t(` ua="${s.r.pick(UA)}"\nform: `)
  const fields = s.biz.fields(s)
  fields.forEach((role, i) => {
    s.t(`${i ? "&" : ""}${KEY[role]}=`)
    if (role === "name" && s.cust.translit && s.r.chance(0.5)) s.put({ v: s.cust.translit, type: "PERSON" })
    else s.v(role)
  })
  s.t("&message=")
  sentences(s, s.biz.story(s), " ")
  if (!s.negOnly && s.r.chance(0.3)) s.x(" ").nameWord()
  s.t(`&consent=on&lang=${s.loc.lang}`)
  return s.d
}

/** A JSON log line from the inbound-email service, written with ensure_ascii (\uXXXX, \n, \"). */
export function json(s: Scene): Draft {
  s.t(`${stamp(s).replace("T", " ").replace("Z", ",")}${s.r.digits(3)} INFO dfo.inbound `)
  s.t(`{"channel": "${s.r.pick(["email", "webchat", "whatsapp"])}", "contact_id": ${1 + s.r.int(9)}${s.r.digits(8)}, `)
  if (!s.negOnly) {
    s.t(`"from": {"name": "`).v("name").t(`", "address": "`).v("email").t(`"}, "client_ip": "`)
    s.put({ v: ip(s.r), type: "IP_ADDRESS" }).t(`", `)
  }
  s.t(`"subject": "`).x(s.L.subject).t(`", "body": "`)
  if (!s.negOnly) s.say(s.L.hi, { name: s.val("agent") }).t("\\n\\n")
  sentences(s, s.biz.story(s), s.r.chance(0.5) ? " " : " \\n", true)
  if (!s.negOnly && s.r.chance(0.3)) s.x(" ").nameWord().x(".")
  s.t("\\n\\n").x(s.L.bye).t("\\n-- ")
  if (s.negOnly) s.x(s.biz.name)
  else s.v("name").x(" | ").v("phone")
  s.t(`", "attachments": ${s.r.int(3)}}`)
  return s.d
}

const q = (s: Scene, f: () => void) => { s.t(`"`); f(); s.t(`"`) }
/** A CRM export: quoted cells, doubled quotes inside notes, the name as one "Family, Given" cell or two cells. */
export function csv(s: Scene): Draft {
  const sep = s.r.pick([",", ";"])
  const split = s.r.chance(0.5) && !s.cust.translit && !s.negOnly
  const roles = s.biz.fields(s).filter((r) => r !== "name")
  const head = [...(s.negOnly ? [] : split ? [label(s, "name") + " 1", label(s, "name") + " 2"] : [label(s, "name")]), ...roles.map((r) => label(s, r)), label(s, "message")]
  s.t(head.map((h) => `"${h}"`).join(sep) + "\n")
  const story = s.biz.story(s)
  const rows = Math.min(story.length, 1 + s.r.int(3))
  for (let row = 0; row < rows; row++) {
    if (!s.negOnly) {
      if (split) { q(s, () => s.v("given")); s.t(sep); q(s, () => s.put({ v: s.cust.family, type: "PERSON" })) }
      else if (!s.cust.translit && s.r.chance(0.4)) q(s, () => s.put({ v: `${s.cust.family}, ${s.cust.given}`, type: "PERSON" }))
      else q(s, () => s.v("name"))
      s.t(sep)
    }
    roles.forEach((r) => { q(s, () => s.v(r)); s.t(sep) })
    const mine = story.filter((_, i) => i % rows === row)
    q(s, () => {
      s.x(`""${s.r.pick(["web", "email", "phone"])}""`).x(" ")
      sentences(s, mine, " ")
    })
    s.t("\n")
  }
  return s.d
}
