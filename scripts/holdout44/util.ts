// Pieces the kinds share: contact lines in the ways people write them, a voicemail's spoken number, facts as lines,
// and the artefacts of text pulled out of a PDF or an OCR scan.
import type { Fact } from "./domains.ts"
import { E, mapPlain, type Piece } from "./draft.ts"
import type { Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Scene } from "./scene.ts"

export const kv = (f: Fact, sep = ": "): Piece[] => [f.k, sep, ...f.v]
export const lines = (fs: Fact[], pre = "", sep = ": "): Piece[] => fs.flatMap((f) => [pre, ...kv(f, sep), "\n"])

/** A phone as people write it in running text: a form, a link, two numbers, an extension, a `No.` before. */
export function contact(s: Scene, ph: Phone): Piece[] {
  const { r, w } = s
  const e164 = ph.forms.e164!
  switch (r.int(9)) {
    case 0: return ["tel:", E("PHONE", e164)]
    case 1: return ["wa.me/", E("PHONE", e164.slice(1))]
    case 2: return [s.tel(ph), ` ${w.or} `, s.tel(s.phone())]
    case 3: return ph.kind === "fixed" ? [s.tel(ph), ` (${w.ext} ${10 + r.int(890)})`] : [s.tel(ph)]
    case 4: return [`${w.no} `, s.tel(ph)]
    case 5: return [r.pick(["📞 ", "📱 ", "☎️ "]), s.tel(ph)]
    default: return [s.tel(ph)]
  }
}

const DIGIT_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
/** A number read out in a voicemail: words (English with "oh" and "double"), or digit groups with pauses. */
export function spoken(s: Scene, ph: Phone, sep?: string): Piece {
  const { r, loc } = s
  const nat = ph.forms.national ?? ph.forms.intl!
  const groups = nat.replace(/[()]/g, "").split(/[\s-]+/).map((g) => g.replace(/\D/g, "")).filter(Boolean)
  if (!loc.spoken || r.chance(0.3)) return E("PHONE", groups.join(sep ?? r.pick(["... ", ", ", " "])))
  const words = loc.english ? DIGIT_EN : loc.w.digits.split(" ")
  const oh = loc.english && r.chance(0.6)
  const said = groups.map((g) => {
    const out: string[] = []
    for (let i = 0; i < g.length; i++) {
      const d = Number(g[i])
      if (loc.english && g[i] === g[i + 1] && r.chance(0.5)) out.push(`double ${oh && d === 0 ? "oh" : words[d]}`), i++
      else out.push(oh && d === 0 ? "oh" : words[d]!)
    }
    return out.join(" ")
  })
  return E("PHONE", said.join(sep ?? r.pick([", ", " ", "... "])))
}

/** Text as a PDF extractor or an OCR pass leaves it: broken wraps, hyphenated words, a few stray marks. */
export function scanned(r: Rng, ps: Piece[], ocr: boolean): Piece[] {
  return mapPlain(ps, (t) => {
    let out = t.replace(/(\p{L}{4,})(\p{L}{4,})/gu, (m, a: string, b: string) => (r.chance(0.12) ? `${a}-\n${b}` : m))
    out = out.replace(/(\S) (\S)/g, (m, a: string, b: string) => (r.chance(0.06) ? `${a}\n${b}` : m))
    if (!ocr || out.length < 6) return out
    const inner = out.slice(1, -1).replace(/[ .,]/g, (c) => (r.chance(0.03) ? r.pick([" ,", " .", "  ", " ¦ ", "'"]) : c)).replace(/[il]/g, (c) => (r.chance(0.02) ? "|" : c))
    return out[0] + inner + out[out.length - 1]
  })
}

/** Lower case without punctuation, as speech-to-text writes plain words (labels keep their own spelling). */
export const unpunctuated = (ps: Piece[]): Piece[] => mapPlain(ps, (t) => t.toLowerCase().replace(/[.,;:!?()"]/g, "").replace(/ {2,}/g, " "))
