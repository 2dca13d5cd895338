// Email as the DFO channel hands it over: an HTML body (entities, links, a contact table), or the raw MIME source
// with a quoted-printable body (soft breaks at 76 columns, =XX bytes, encoded-word names in the headers).
import { Draft, reencode } from "./draft.ts"
import { encoderFor, qpEncode } from "./encode.ts"
import { fullName, label, sentences } from "./kit.ts"
import type { Scene } from "./scene.ts"

const plain = (v: string) => v
const e164 = (s: Scene) => ({ v: s.phone.number, type: "PHONE" })

function htmlTable(s: Scene): void {
  s.t(`<table border="0" cellpadding="2" style="font-size:10pt">`)
  for (const role of s.biz.fields(s)) {
    s.t(`<tr><td><b>`).x(label(s, role)).t(`</b></td><td>`)
    if (role === "name") fullName(s)
    else if (role === "email") s.t(`<a href="mailto:`).put(s.val("email"), plain).t(`">`).v("email").t(`</a>`)
    else s.v(role)
    s.t(`</td></tr>`)
  }
  s.t(`</table>\n`)
}

function htmlSignature(s: Scene): void {
  s.t(`<p>`).x(s.L.bye).t(`<br>\n`)
  if (s.negOnly) { s.x(s.biz.name).t(`</p>`); return }
  fullName(s, { bidi: true }).t(`<br>\n`)
  if (s.r.chance(0.6)) s.t(`<a href="tel:`).put(e164(s), plain).t(`">`).v("phone").t(`</a>`)
  else s.x("Mob: ").v("phone")
  if (s.r.chance(0.5)) s.t(`<br>\n<a href="mailto:`).put(s.val("email"), plain).t(`">`).v("email").t(`</a>`)
  s.t(`</p>`)
}

/** An HTML body: greeting, the story in paragraphs (some joined by <br>), a contact table, a signature. */
export function html(s: Scene): Draft {
  s.t(`<div dir="ltr">`)
  if (!s.negOnly) s.t(`<p>`).say(s.L.hi, { name: s.val("agent") }).t(`</p>\n`)
  const story = s.biz.story(s)
  s.t(`<p>`)
  sentences(s, story, s.r.chance(0.5) ? "<br>\n" : "</p>\n<p>", true)
  s.t(`</p>\n`)
  if (s.r.chance(0.6)) htmlTable(s)
  if (!s.negOnly && s.r.chance(0.4)) s.t(`<p>`).nameWord().x(".").t(`</p>\n`)
  htmlSignature(s)
  s.t(`\n<p style="color:#888;font-size:8pt">`).x(`${s.biz.name} · Privacy & cookies · T&C`).t(`</p></div>`)
  return s.d
}

/** `=?UTF-8?Q?...?=` for a display name outside ASCII, as mail clients write the From header. */
const encodedWord = (name: string) => `=?UTF-8?Q?${[...new TextEncoder().encode(name)].map((b) => (b === 32 ? "_" : b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("")}?=`

function headers(s: Scene): Draft {
  const h = new Draft()
  h.t("From: ")
  if (s.negOnly) h.t(`"${s.biz.name}" <noreply@${s.biz.domain}>`)
  else {
    const name = s.cust.full
    const ascii = /^[\x20-\x7e]+$/.test(name)
    h.t(ascii ? `"` : "").put({ v: name, type: "PERSON" }, ascii ? name : encodedWord(name))
    h.t(ascii ? `" <` : " <").put(s.val("email"), s.val("email").v).t(">")
  }
  h.t(`\nTo: support@${s.biz.domain}\nSubject: ${/^[\x20-\x7e]+$/.test(s.L.subject) ? s.L.subject : encodedWord(s.L.subject)}\nMIME-Version: 1.0\n`)
  return h
}

/** The raw source of a message: headers, then a text/plain or text/html part in quoted-printable. */
export function qp(s: Scene): Draft {
  const asHtml = s.r.chance(0.5)
  const h = headers(s)
  h.t(`Content-Type: text/${asHtml ? "html" : "plain"}; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n`)
  if (asHtml) {
    s.enc = encoderFor("html", s.r)
    html(s)
  } else {
    if (!s.negOnly) s.say(s.L.hi, { name: s.val("agent") }).t("\n\n")
    sentences(s, s.biz.story(s), s.r.chance(0.5) ? " " : "\n", true)
    if (!s.negOnly && s.r.chance(0.4)) s.t(" ").nameWord().x(".")
    s.t("\n\n").x(s.L.bye).t(" \n")
    if (!s.negOnly) fullName(s).t("\n").x("Tel. ").v("phone").t("\n")
  }
  const body = reencode(s.d, qpEncode)
  if (body.text.includes("=\n")) body.marks.push("qp")
  return h.append(body)
}
