// Written forms of a phone number, each parsed back in its country to the same number before it is used.
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { CALLING, nationalGroups, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"

export type Style = "nat" | "intl" | "e164" | "compact" | "dash" | "dot" | "apart" | "00" | "(0)" | "slash" | "brackets" | "nanp1" | "nanp+1"

/** The styles each country's people write, most common first (repeated to weigh them). */
const STYLES: Record<string, Style[]> = {
  US: ["nat", "dash", "nat", "dot", "nanp1", "nanp+1", "intl", "compact", "e164", "dash"],
  CA: ["nat", "dash", "nat", "dot", "nanp1", "nanp+1", "intl", "compact", "dash"],
  GB: ["nat", "nat", "intl", "compact", "(0)", "brackets", "00", "e164", "apart", "dash"],
  IE: ["nat", "nat", "intl", "compact", "(0)", "00", "e164", "dash", "brackets"],
  AU: ["nat", "nat", "intl", "compact", "e164", "apart", "00", "dash"],
  IN: ["nat", "intl", "intl", "compact", "e164", "apart", "brackets", "dash"],
  ZA: ["nat", "nat", "intl", "compact", "e164", "dash", "00", "(0)"],
  DE: ["nat", "slash", "intl", "compact", "(0)", "00", "brackets", "dash", "e164", "apart"],
  FR: ["nat", "nat", "dot", "intl", "compact", "00", "e164", "dash"],
  ES: ["nat", "intl", "compact", "e164", "00", "dot", "dash"],
  IT: ["nat", "intl", "compact", "e164", "00", "apart", "dot"],
  NL: ["nat", "dash", "intl", "compact", "(0)", "00", "e164", "apart"],
  PL: ["nat", "intl", "compact", "e164", "00", "dash"],
  CZ: ["nat", "intl", "compact", "e164", "00", "apart"],
  SE: ["nat", "nat", "intl", "compact", "e164", "00", "(0)"],
  DK: ["nat", "intl", "compact", "e164", "00", "nat"],
  PT: ["nat", "intl", "compact", "e164", "00", "dash"],
  BG: ["nat", "intl", "compact", "e164", "00", "slash", "(0)"],
}

function form(ph: Phone, style: Style): string {
  const cc = CALLING[ph.cc]!
  const g = nationalGroups(ph)
  const intlRest = ph.p.formatInternational().replace(/^\+\d+ /, "")
  const trunk = ph.p.formatNational().replace(/[()]/g, "").startsWith("0") && ph.cc !== "IT"
  switch (style) {
    case "nat": return ph.p.formatNational()
    case "intl": return ph.p.formatInternational()
    case "e164": return ph.e164
    case "compact": return g.join("")
    case "dash": return g.join("-")
    case "dot": return g.join(".")
    case "apart": return `${g[0]} ${g.slice(1).join("")}`
    case "00": return `00${cc} ${intlRest}`
    case "(0)": return trunk ? `+${cc} (0)${intlRest}` : ph.p.formatInternational()
    case "slash": return `${g[0]}/${g.slice(1).join("")}`
    case "brackets": return `(${g[0]}) ${g.slice(1).join(" ")}`
    case "nanp1": return `1-${g.join("-")}`
    case "nanp+1": return `+1-${g.join("-")}`
  }
}

/** The form parses back, in the country, to the same number (and, written nationally, in that very country). */
export function parsesBack(text: string, ph: Phone): boolean {
  const p = parsePhoneNumberFromString(text, ph.cc)
  return !!p && p.isValid() && p.number === ph.e164 && (/^(\+|00)/.test(text) || p.country === ph.cc)
}

/** A written form of the number in a style of its country (or the one asked for), checked by parsing it back. */
export function writePhone(r: Rng, ph: Phone, style?: Style): string {
  const tries = style ? [style, "nat" as Style] : [...r.shuffle(STYLES[ph.cc]!).slice(0, 3), "nat" as Style]
  for (const s of tries) {
    if (s === "brackets" && ph.kind !== "fix") continue
    const text = form(ph, s)
    if (parsesBack(text, ph)) return text
  }
  throw new Error(`no written form of ${ph.e164}`)
}

/** The national form, regrouped the way a firm prints its line (`0860 123 456`, `0800 499 2893`), checked by parsing it back. */
export function businessForm(ph: Phone): string {
  const d = nationalGroups(ph).join("")
  const four = `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`
  const regroup = (ph.cc === "ZA" && /^0860\d{6}$/.test(d)) || (["DE", "NL"].includes(ph.cc) && /^0800\d{7}$/.test(d))
  return regroup && parsesBack(four, ph) ? four : ph.p.formatNational()
}
