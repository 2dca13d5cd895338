// Phone numbers drawn from each country's numbering plan, kept only when libphonenumber-js/max calls them valid
// there, and the ways people in that country write them, each of which must parse back to the same number.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

type Plan = Array<[prefix: string, nsnLength: number, kind: "mobile" | "fixed"]>
const PLANS: Record<string, Plan> = {
  IE: [["83", 9, "mobile"], ["85", 9, "mobile"], ["86", 9, "mobile"], ["87", 9, "mobile"], ["1", 8, "fixed"], ["21", 9, "fixed"], ["91", 9, "fixed"]],
  IN: [["98", 10, "mobile"], ["97", 10, "mobile"], ["88", 10, "mobile"], ["70", 10, "mobile"], ["11", 10, "fixed"], ["22", 10, "fixed"], ["80", 10, "fixed"]],
  CA: [["416", 10, "fixed"], ["604", 10, "fixed"], ["514", 10, "fixed"], ["613", 10, "fixed"], ["902", 10, "fixed"], ["647", 10, "mobile"]],
  NZ: [["21", 9, "mobile"], ["22", 9, "mobile"], ["27", 9, "mobile"], ["9", 8, "fixed"], ["4", 8, "fixed"], ["3", 8, "fixed"]],
  MT: [["79", 8, "mobile"], ["99", 8, "mobile"], ["77", 8, "mobile"], ["21", 8, "fixed"], ["27", 8, "fixed"]],
  PH: [["917", 10, "mobile"], ["918", 10, "mobile"], ["927", 10, "mobile"], ["998", 10, "mobile"], ["28", 9, "fixed"]],
  JM: [["876", 10, "fixed"]],
  NO: [["4", 8, "mobile"], ["9", 8, "mobile"], ["22", 8, "fixed"], ["55", 8, "fixed"], ["73", 8, "fixed"]],
  DK: [["2", 8, "mobile"], ["5", 8, "mobile"], ["3", 8, "fixed"], ["4", 8, "fixed"], ["8", 8, "fixed"]],
  IS: [["6", 7, "mobile"], ["7", 7, "mobile"], ["8", 7, "mobile"], ["5", 7, "fixed"], ["4", 7, "fixed"]],
  HU: [["20", 9, "mobile"], ["30", 9, "mobile"], ["70", 9, "mobile"], ["1", 8, "fixed"], ["62", 8, "fixed"], ["52", 8, "fixed"]],
  SK: [["90", 9, "mobile"], ["91", 9, "mobile"], ["94", 9, "mobile"], ["2", 9, "fixed"], ["55", 9, "fixed"]],
  SI: [["31", 8, "mobile"], ["41", 8, "mobile"], ["51", 8, "mobile"], ["70", 8, "mobile"], ["1", 8, "fixed"], ["2", 8, "fixed"]],
  LT: [["6", 8, "mobile"], ["5", 8, "fixed"], ["37", 8, "fixed"]],
  LV: [["2", 8, "mobile"], ["6", 8, "fixed"]],
  BG: [["87", 9, "mobile"], ["88", 9, "mobile"], ["89", 9, "mobile"], ["2", 8, "fixed"], ["52", 8, "fixed"]],
  UA: [["50", 9, "mobile"], ["67", 9, "mobile"], ["93", 9, "mobile"], ["97", 9, "mobile"], ["44", 9, "fixed"], ["32", 9, "fixed"]],
  RS: [["60", 9, "mobile"], ["63", 9, "mobile"], ["64", 9, "mobile"], ["65", 8, "mobile"], ["11", 9, "fixed"], ["21", 8, "fixed"]],
  PT: [["91", 9, "mobile"], ["92", 9, "mobile"], ["93", 9, "mobile"], ["96", 9, "mobile"], ["21", 9, "fixed"], ["22", 9, "fixed"]],
  ES: [["6", 9, "mobile"], ["7", 9, "mobile"], ["93", 9, "fixed"], ["94", 9, "fixed"], ["943", 9, "fixed"]],
  LU: [["621", 9, "mobile"], ["661", 9, "mobile"], ["691", 9, "mobile"], ["2", 8, "fixed"], ["4", 6, "fixed"]],
  BE: [["47", 9, "mobile"], ["48", 9, "mobile"], ["49", 9, "mobile"], ["2", 8, "fixed"], ["4", 8, "fixed"], ["81", 8, "fixed"]],
  CH: [["76", 9, "mobile"], ["78", 9, "mobile"], ["79", 9, "mobile"], ["22", 9, "fixed"], ["21", 9, "fixed"], ["91", 9, "fixed"]],
  MX: [["55", 10, "mobile"], ["33", 10, "mobile"], ["81", 10, "mobile"], ["222", 10, "fixed"]],
  AR: [["911", 11, "mobile"], ["9351", 11, "mobile"], ["11", 10, "fixed"], ["341", 10, "fixed"]],
  NL: [["6", 9, "mobile"], ["20", 9, "fixed"], ["10", 9, "fixed"], ["30", 9, "fixed"]],
  DE: [["151", 11, "mobile"], ["160", 10, "mobile"], ["170", 10, "mobile"], ["176", 11, "mobile"], ["30", 10, "fixed"], ["89", 10, "fixed"], ["40", 10, "fixed"]],
}
const CALLING: Record<string, string> = {
  IE: "353", IN: "91", CA: "1", NZ: "64", MT: "356", PH: "63", JM: "1", NO: "47", DK: "45", IS: "354", HU: "36", SK: "421", SI: "386", LT: "370",
  LV: "371", BG: "359", UA: "380", RS: "381", PT: "351", ES: "34", LU: "352", BE: "32", CH: "41", MX: "52", AR: "54", NL: "31", DE: "49",
}

export interface Phone { cc: CountryCode; kind: "mobile" | "fixed"; nsn: string; forms: Record<string, string> }

/** True when `v`, as written, is a valid number of `cc` (an international form may carry its own country). */
export function validIn(v: string, cc: CountryCode): boolean {
  const p = parsePhoneNumberFromString(v.replace(/\s+/g, " "), cc)
  return !!p && p.isValid() && (v.startsWith("+") || v.startsWith("00") || p.country === cc)
}

function draw(r: Rng, cc: CountryCode, want?: "mobile" | "fixed"): { p: PhoneNumber; kind: "mobile" | "fixed" } {
  const plan = PLANS[cc]!.filter((x) => !want || x[2] === want)
  for (let i = 0; i < 500; i++) {
    const [pre, len, kind] = r.pick(plan.length ? plan : PLANS[cc]!)
    const nsn = pre + r.digits(len - pre.length)
    const p = parsePhoneNumberFromString(`+${CALLING[cc]}${nsn}`)
    const type = p?.getType()
    if (p?.isValid() && p.country === cc && type !== "TOLL_FREE" && type !== "PREMIUM_RATE" && type !== "SHARED_COST") return { p, kind }
  }
  throw new Error(`holdout44: no valid ${cc} number drawn`)
}

/** Every written form of one number that parses back to it in its country. */
function formsOf(p: PhoneNumber, cc: CountryCode): Record<string, string> {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const trunk = /^0/.test(nat) && !/^0\d*[- ]?15/.test(nat) ? nat.replace(/^0/, "") : undefined
  const groups = nat.replace(/[()]/g, "").split(/[\s-]+/)
  const all: Record<string, string | undefined> = {
    national: nat,
    intl,
    e164: p.number,
    "00": intl.replace(/^\+/, "00"),
    "(0)": trunk ? `+${CALLING[cc]} (0)${trunk}` : undefined,
    compact: nat.replace(/\D/g, ""),
    dots: groups.join("."),
    dashes: groups.join("-"),
    slash: groups.length > 1 ? `${groups[0]}/${groups.slice(1).join("")}` : undefined,
    intlDashes: intl.replace(/ /g, "-").replace(/^(\+\d+)-/, "$1 "),
    bracket: /^0\d{1,4} /.test(nat) && !nat.includes("(") ? nat.replace(/^(0\d{1,4}) /, "($1) ") : undefined,
  }
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(all)) if (v && validIn(v, cc) && parsePhoneNumberFromString(v, cc)?.number === p.number) out[k] = v
  return out
}

export function drawPhone(r: Rng, cc: CountryCode, want?: "mobile" | "fixed"): Phone {
  const { p, kind } = draw(r, cc, want)
  return { cc, kind, nsn: p.nationalNumber, forms: formsOf(p, cc) }
}

/** What libphonenumber-js/max makes of a digit string in any of the countries given (a business number must fail all). */
export const validAnywhere = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => validIn(v, cc))
