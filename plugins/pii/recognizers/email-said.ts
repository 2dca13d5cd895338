import { defineRecognizer, type Candidate } from "../../../core/index.ts"

// An e-mail address said aloud, as a call's transcript or a voicemail's writes it (`j dot smith at gmail dot com`,
// `jean point dupont arobase orange point fr`, `marta punto ruiz arroba telefonica punto net`), or hidden from
// harvesters in a chat or a signature (`k.osei [at] ledgerline [dot] io`, `anna(at)firma(punkt)de`): the `email`
// recognizer reads only `local@domain.tld`. The at (a word, `@` or bracketed), a domain of labels parted by a said or
// written dot whose last label is a top-level domain, and the local part before the at: one token, more joined by said
// dots, underscores and dashes, or letters and digits spelled one by one. Where the at and every dot are written, the
// `email` recognizer's shape is not met only when something else is wrong, and nothing is read here. A said address
// needs an address named in the 120 units before it (`e-mail`, `mail`, `address`, `correo`, `courriel` …) or a mail
// provider's domain: `you'll find us at acme dot com` names a web site.

// The at and the dot as Hungarian (`kukac`, `pont`), Czech and Slovak (`zavináč`, `tečka`, `bodka`), Romanian (`punct`),
// Danish and Norwegian (`punktum`), Turkish (`nokta`) and Lithuanian (`eta`, `taškas`) say them too.
const AT_WORD = String.raw`(?<![\p{L}\p{N}])(?:at|arroba|arobase|chiocciola|apenstaartje|snabel-a|klammeraffe|małpa|malpa|kukac|zavináč|zavinac|kissanhäntä)(?![\p{L}\p{N}-])`
const BRACKETED = (words: string) => String.raw`[(\[{][ \t]{0,2}(?:${words})[ \t]{0,2}[)\]}]`
// The at alone, its spaces read apart (a run of spaces before every word would be read to its end from each of them).
const AT = new RegExp(String.raw`${AT_WORD}|${BRACKETED("at|@|arroba|arobase|chiocciola|ät")}|@`, "giu")
const DOT_WORDS = "dot|period|point|punktum|punkt|punto|ponto|punt|punct|pont|kropka|piste|prikk|dott|tečka|tecka|bodka|nokta|taškas"
const DOT = new RegExp(String.raw`^(?:[ \t]{0,2},?[ \t]{1,2}(?:${DOT_WORDS})[ \t]{1,2}|[ \t]{0,2}${BRACKETED(DOT_WORDS + "|\\.")}[ \t]{0,2})`, "iu")
// The words for `_` and `-` (an underscore's first: `tiret du bas` before `tiret`), and all three that join a local part's pieces.
const UNDERSCORE_WORDS = "underscore|under score|tiret du bas|tiret bas|guion bajo|guión bajo|trattino basso|unterstrich|liggend streepje|underline|understreck|podkreślnik"
const DASH_WORDS = "dash|hyphen|minus|tiret|guion|guión|trattino|bindestrich|strich|streepje|hífen|hifen|traço|bindestreck|myślnik"
const JOIN_WORDS = `${DOT_WORDS}|${UNDERSCORE_WORDS}|${DASH_WORDS}`
const LABEL = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u
// A local part read to a joining word is a sentence's words (`look at this point at home dot com`).
const JOIN_LAST = new RegExp(String.raw`(?<![\p{L}])(?:${JOIN_WORDS})$`, "iu")
// The local part's pieces, read backward from the at: a token that may hold written dots, underscores and dashes, a
// joining word before it, a letter or digit spelled on its own.
// A token or a letter right after an apostrophe is a contraction's (`it's j dot …`, `I'm at …`), none of the address.
const TOKEN_BEFORE = /(?<![\p{L}\p{N}'’])[\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?$/u
const JOINED_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’])([\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)[ \t]{0,2},?[ \t]{1,2}(?:${JOIN_WORDS})[ \t]{1,2}$`, "iu")
const SPELLED_BEFORE = /(?<![\p{L}\p{N}'’])[\p{L}\p{N}][ ,-]{1,3}$/u
// A word before digits said apart from it (`john underscore doe 88 at …`).
const WORD_BEFORE_DIGITS = /(?<![\p{L}\p{N}])(\p{L}+) +$/u
const TLDS = new Set(("com net org edu gov mil int info biz name pro io co me tv uk ie de at ch li fr be nl lu es pt it se no dk fi is pl cz sk hu ro " +
  "bg gr hr si ee lv lt eu us ca mx br ar cl au nz za in sg jp cn kr email online mail app").split(" "))
const PROVIDERS = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|aol|proton|protonmail|gmx|web|t-online|freenet|posteo|mailbox|orange|wanadoo|free|sfr|laposte|libero|virgilio|tiscali|alice|tim|fastwebnet|telefonica|movistar|btinternet|sky|virginmedia|talktalk|ziggo|kpnmail|planet|home|telenet|skynet|bluewin|sapo|wp|onet|interia|o2|telia|online|zoho|fastmail|mail)$/i
const ADDRESS_NAMED = /(?<![\p{L}])(?:e-?mails?|mail|mailen|address|adresse|addresse|adres|adresa|dirección|direccion|correo|courriel|mél|posta|indirizzo|endereço|e-?post|sähköposti|sposta|inbox|write to|schreiben sie an|écrivez à)(?![\p{L}])/iu
// Words the local part is never on its own: `visit us at acme dot com`, `log in at portal dot acme dot com`.
const NOT_LOCAL = new Set(("is it's its it us me him her them you we they in on at to from by or and be was the a an site website page web online " +
  "email e-mail mail address here there that this which who shop store home contact reach write send log sign signed registered find " +
  "es est ist bei chez à en sur auf är er på").split(" "))

// Words a domain's label never is in a sentence that only looks like one (`at this point is …`, `at some point it …`).
const NOT_LABEL = new Set("this that these those some which any each every what the a an my your his her our their one least most first last all once".split(" "))

/** The domain after `from` (two spaces or tabs at most before it): its end, whether a dot in it was said or bracketed, its first label. */
function domainAt(text: string, from: number): { end: number; said: boolean; first: string } | undefined {
  for (let n = 0; n < 2 && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9); n++) from++
  const first = LABEL.exec(text.slice(from, from + 64))
  if (!first || NOT_LABEL.has(first[0].toLowerCase())) return undefined
  let end = from + first[0].length
  let said = false
  let labels = 1
  let last = first[0]
  for (;;) {
    const rest = text.slice(end, end + 80)
    const dot = rest[0] === "." ? /^\./.exec(rest) : DOT.exec(rest)
    const label = dot && LABEL.exec(rest.slice(dot[0].length))
    if (!dot || !label || NOT_LABEL.has(label[0].toLowerCase())) break
    said ||= dot[0] !== "."
    end += dot[0].length + label[0].length
    labels++
    last = label[0]
  }
  if (labels < 2 || !TLDS.has(last.toLowerCase()) || /^www$/i.test(first[0])) return undefined
  return { end, said, first: first[0] }
}

/** Where the local part before the at at `end` starts, and how many pieces it has, or undefined when there is none. */
function localStart(text: string, end: number): { start: number; pieces: number } | undefined {
  let start = end
  const window = () => text.slice(Math.max(0, start - 80), start)
  const token = TOKEN_BEFORE.exec(window())
  if (!token) return undefined
  start -= token[0].length
  let pieces = 1
  for (let spelled = token[0].length === 1, digits = /^\d+$/.test(token[0]); pieces < 24; pieces++) {
    const joined = JOINED_BEFORE.exec(window())
    const letter = spelled && !joined ? SPELLED_BEFORE.exec(window()) : null
    const word = digits && !joined && !letter ? WORD_BEFORE_DIGITS.exec(window()) : null
    if (word && NOT_LOCAL.has(word[1]!.toLowerCase())) break
    const piece = joined ?? letter ?? word
    if (!piece) break
    start -= piece[0].length
    spelled = letter !== null || (joined !== null && joined[1]!.length === 1)
    digits = joined !== null && /^\d+$/.test(joined[1]!)
  }
  return { start, pieces }
}

const DOT_PIECE = new RegExp(String.raw`${BRACKETED(DOT_WORDS + "|\\.")}|(?<![\p{L}\p{N}])(?:${DOT_WORDS})(?![\p{L}\p{N}])`, "giu")
const UNDERSCORE = new RegExp(String.raw`(?<![\p{L}])(?:${UNDERSCORE_WORDS})(?![\p{L}])`, "giu")
const DASH = new RegExp(String.raw`(?<![\p{L}])(?:${DASH_WORDS})(?![\p{L}])`, "giu")

/**
 * The address a said or bracketed one stands for (`j dot smith at gmail dot com` is `j.smith@gmail.com`), so that
 * scrub's keyed token for it joins the same address written in a field; a written address is returned as it is.
 */
export function writtenEmail(said: string): string {
  if (/^[^\s@]+@[^\s@]+$/.test(said.trim())) return said.trim()
  return said.replace(UNDERSCORE, "_").replace(DASH, "-").replace(AT, "@").replace(DOT_PIECE, ".").replace(/[\s,]+/g, "")
}

export const emailSaid = defineRecognizer({
  type: "EMAIL",
  name: "email-said",
  score: 0.9,
  // Each finding starts from an at AT finds: a text with none holds none.
  requires: new RegExp(AT.source, "iu"),
  find(text) {
    const found: Candidate[] = []
    for (const at of text.matchAll(AT)) {
      const domain = domainAt(text, at.index + at[0].length)
      if (!domain || (at[0] === "@" && !domain.said)) continue
      let before = at.index
      for (let n = 0; n < 2 && (text.charCodeAt(before - 1) === 32 || text.charCodeAt(before - 1) === 9); n++) before--
      const local = localStart(text, before)
      if (!local) continue
      const written = text.slice(local.start, before)
      if (local.pieces === 1 && NOT_LOCAL.has(written.toLowerCase())) continue
      const bracketed = /[(\[{]/.test(at[0])
      const atWord = !bracketed && at[0] !== "@"
      const named = ADDRESS_NAMED.test(text.slice(Math.max(0, local.start - 120), local.start))
      const provider = PROVIDERS.test(domain.first)
      // An address's own marks in the local part (`k.osei`, `jdoe88`, `anna_b`); or, for an address named before, a dash or
      // small letters only, as a transcript writes it.
      const marked = /[._\d]/.test(written)
      const addressLike = marked || written.includes("-") || !/\p{Lu}/u.test(written)
      // A person at a firm, both capitalised (`Lisa at Booking.com`, `Maria at Amazon dot com`), or `at` meaning "that"
      // (Danish, Norwegian: `sagde at Netflix.com`): an at said before a domain written whole needs a mail provider's or
      // an address's own marks.
      if (atWord && /^\p{Lu}\p{Ll}/u.test(written) && /^\p{Lu}/u.test(domain.first)) continue
      if (atWord && !domain.said && !provider && !marked) continue
      // Said whole, in small letters, its local part joined by a said dot too (`verena punkt steiner at example punkt at`):
      // an address, named or not.
      const saidWhole = atWord && domain.said && local.pieces > 1 && !/\p{Lu}/u.test(written) && !JOIN_LAST.test(written)
      if (!(named && (!bracketed || addressLike)) && !provider && !(bracketed && marked) && !saidWhole) continue
      found.push({ start: local.start, end: domain.end, score: 0.9 })
    }
    return found
  },
})
