// Phone numbers from each country's numbering plan, kept only when libphonenumber-js/max calls them valid, and the
// ways people and systems write them. Every written form is checked to parse back to the same number.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

// National significant numbers: # is any digit. Mobile first, then fixed lines.
const PLANS: Record<string, { mobile: string[]; fixed: string[] }> = {
  GB: { mobile: ["7400######", "7700######", "7911######", "7825######", "7538######"], fixed: ["207#######", "203#######", "161#######", "113#######", "117#######"] },
  AU: { mobile: ["41#######", "42#######", "43#######", "40#######"], fixed: ["29#######", "38#######", "73#######", "86#######"] },
  ZA: { mobile: ["82#######", "72#######", "83#######", "61#######"], fixed: ["11#######", "21#######", "31#######"] },
  SG: { mobile: ["9#######", "8#######"], fixed: ["6#######"] },
  US: { mobile: ["312#######", "615#######", "415#######", "206#######", "512#######"], fixed: ["617#######", "303#######", "404#######"] },
  GH: { mobile: ["24#######", "54#######", "20#######", "55#######"], fixed: ["302######"] },
  SE: { mobile: ["70#######", "72#######", "73#######", "76#######"], fixed: ["8#######", "31#######", "40######"] },
  FI: { mobile: ["40#######", "50#######", "44#######"], fixed: ["9#######", "2#######"] },
  EE: { mobile: ["5#######", "5######"], fixed: ["6######", "7######"] },
  PL: { mobile: ["50#######", "60#######", "66#######", "72#######", "79#######", "88#######"], fixed: ["22#######", "12#######", "58#######"] },
  CZ: { mobile: ["60#######", "72#######", "73#######", "77#######"], fixed: ["2########", "5########"] },
  RO: { mobile: ["72#######", "74#######", "75#######", "76#######"], fixed: ["21#######", "264######"] },
  HR: { mobile: ["91#######", "98#######", "95#######"], fixed: ["1#######", "21######"] },
  GR: { mobile: ["69########"], fixed: ["21########", "231#######"] },
  TR: { mobile: ["53########", "54########", "55########"], fixed: ["212#######", "216#######", "312#######"] },
  IT: { mobile: ["33########", "34########", "32########"], fixed: ["06########", "02########", "055#######"] },
  BR: { mobile: ["119########", "219########", "319########"], fixed: ["113#######", "213#######"] },
  PT: { mobile: ["91#######", "92#######", "93#######", "96#######"], fixed: ["21#######", "22#######"] },
  FR: { mobile: ["6########", "7########"], fixed: ["1########", "4########", "5########"] },
  DE: { mobile: ["151########", "160#######", "170#######", "176########"], fixed: ["30########", "89########", "40########"] },
  AT: { mobile: ["664#######", "676#######", "650#######"], fixed: ["1#######", "316######"] },
  ES: { mobile: ["6########", "7########"], fixed: ["91#######", "93#######"] },
  CL: { mobile: ["9########"], fixed: ["22#######"] },
  IS: { mobile: ["6######", "7######", "8######"], fixed: ["5######"] },
}

export interface Phone { cc: CountryCode; e164: string; national: string; intl: string; nsn: string }

export function drawPhone(r: Rng, cc: CountryCode, mobile = r.chance(0.7)): Phone {
  const plan = PLANS[cc]!
  for (let i = 0; ; i++) {
    if (i > 5000) throw new Error(`holdout47: no valid ${mobile ? "mobile" : "fixed"} number drawn for ${cc}`)
    const nsn = r.pick(mobile ? plan.mobile : plan.fixed).replace(/#/g, () => String(r.int(0, 9)))
    const p = parsePhoneNumberFromString(nsn, cc)
    if (!p || !p.isValid() || p.country !== cc) continue
    if (/^(\d)\1+$/.test(nsn.slice(-6))) continue
    return { cc, e164: p.number, national: p.formatNational(), intl: p.formatInternational(), nsn: p.nationalNumber }
  }
}

const parsesBack = (v: string, ph: Phone) => {
  const p = parsePhoneNumberFromString(v, ph.cc)
  const asIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(v)
  return !!p && p.isValid() && p.number === ph.e164 && !asIp && (v.startsWith("+") || v.startsWith("00") || p.country === ph.cc)
}

/** The forms a number is written in; only those that parse back are offered. */
export function phoneForms(ph: Phone): Record<string, string> {
  const nat = ph.national
  const digitsNat = nat.replace(/\D/g, "")
  const cand: Record<string, string> = {
    national: nat,
    intl: ph.intl,
    e164: ph.e164,
    "00": ph.intl.replace(/^\+/, "00"),
    compact: digitsNat,
    dashes: nat.replace(/[()]/g, "").trim().replace(/\s+/g, "-"),
    dots: nat.replace(/[()]/g, "").trim().replace(/\s+/g, "."),
    trunk0: ph.intl.replace(/^(\+\d+) /, "$1 (0)"),
    intlDashes: ph.intl.replace(/^(\+\d+) /, "$1-").replace(/ /g, "-"),
  }
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(cand)) if (parsesBack(v, ph)) out[k] = v
  return out
}

/** One written form of the number, drawn among those that parse back. */
export function writePhone(r: Rng, ph: Phone, prefer?: string[]): string {
  const forms = phoneForms(ph)
  const keys = (prefer ?? Object.keys(forms)).filter((k) => k in forms)
  return forms[r.pick(keys.length ? keys : ["intl"])]!
}
