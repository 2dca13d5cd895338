// Documents: a helpdesk ticket in markdown (links, code spans, escaped underscores, @ mentions) and a letter saved
// as RTF (cp1252 \'xx escapes, \uN? for other scripts).
import type { Draft } from "./draft.ts"
import { fullName, label, sentences } from "./kit.ts"
import type { Scene } from "./scene.ts"

const plain = (v: string) => v

export function markdown(s: Scene): Draft {
  s.t(`### #${s.r.digits(5)} `).x(s.L.subject).t("\n\n")
  for (const role of s.biz.fields(s)) {
    s.t("**").x(label(s, role)).t(":** ")
    if (role === "name") fullName(s)
    else if (role === "email") s.t("[").v("email").t("](mailto:").put(s.val("email"), plain).t(")")
    else if (role === "phone") s.t("[").v("phone").t("](tel:").put({ v: s.phone.number, type: "PHONE" }, plain).t(")")
    else s.t("`").v(role).t("`")
    s.t("  \n")
  }
  s.t("\n> ")
  sentences(s, s.biz.story(s), "\n> ", true)
  s.t("\n\n")
  if (!s.negOnly) {
    s.t("@").v("agent").x(s.r.pick([" please follow up", " can you take this?", " FYI"]))
    if (s.r.chance(0.4)) s.x(" (").nameWord().x(")")
    s.t("\n")
  }
  return s.d
}

/** A customer's letter saved as RTF: sender, the business in bold, the story, a signature. */
export function rtf(s: Scene): Draft {
  s.t(`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\\f0\\fs22\n`)
  if (!s.negOnly) fullName(s).t("\\par\n").v("email").t("\\par\n\\par\n")
  s.t("{\\b ").x(s.biz.name).t("}\\par\n\\par\n")
  if (!s.negOnly) s.say(s.L.hi, { name: s.val("agent") }).t("\\par\n\\par\n")
  sentences(s, s.biz.story(s), " ")
  if (!s.negOnly && s.r.chance(0.3)) s.x(" ").nameWord().x(".")
  s.t("\\par\n\\par\n").x(s.L.bye).t("\\par\n")
  if (!s.negOnly) s.v("name").t("\\par\n")
  s.t("}")
  return s.d
}
