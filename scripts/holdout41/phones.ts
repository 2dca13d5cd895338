// Phone numbers valid in each country (libphonenumber-js/max), written the ways people there write them.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

/** National significant numbers: a leading part and the whole length; digits fill the rest. */
const PLAN: Record<string, Array<[string, number]>> = {
  GB: [["74", 10], ["75", 10], ["77", 10], ["79", 10], ["131", 10], ["141", 10], ["29", 10], ["1792", 10], ["1224", 10]],
  AU: [["4", 9], ["4", 9], ["2", 9], ["3", 9], ["7", 9], ["8", 9]],
  ZA: [["82", 9], ["83", 9], ["72", 9], ["71", 9], ["61", 9], ["11", 9], ["21", 9], ["31", 9]],
  KE: [["70", 9], ["71", 9], ["72", 9], ["79", 9], ["11", 9], ["20", 9]],
  NG: [["803", 10], ["806", 10], ["813", 10], ["703", 10], ["905", 10], ["802", 10]],
  SG: [["8", 8], ["9", 8], ["6", 8]],
  US: [["512", 10], ["713", 10], ["214", 10], ["210", 10], ["817", 10], ["915", 10], ["832", 10]],
  SE: [["70", 9], ["72", 9], ["73", 9], ["76", 9], ["8", 9], ["31", 9], ["40", 9]],
  FI: [["40", 9], ["44", 9], ["50", 9], ["45", 10], ["9", 9], ["2", 9]],
  EE: [["5", 8], ["5", 7], ["6", 7], ["7", 7]],
  PL: [["50", 9], ["51", 9], ["53", 9], ["60", 9], ["66", 9], ["69", 9], ["22", 9], ["12", 9], ["71", 9]],
  CZ: [["60", 9], ["72", 9], ["73", 9], ["77", 9], ["2", 9], ["5", 9]],
  RO: [["72", 9], ["74", 9], ["75", 9], ["21", 9], ["264", 9]],
  HR: [["91", 9], ["92", 9], ["95", 9], ["98", 9], ["99", 9], ["1", 8], ["21", 8]],
  GR: [["69", 10], ["69", 10], ["21", 10], ["231", 10]],
  RU: [["91", 10], ["92", 10], ["98", 10], ["495", 10], ["812", 10]],
  TR: [["53", 10], ["54", 10], ["55", 10], ["212", 10], ["312", 10], ["232", 10]],
  BE: [["47", 9], ["48", 9], ["49", 9], ["2", 8], ["3", 8], ["9", 8]],
  CH: [["76", 9], ["77", 9], ["78", 9], ["79", 9], ["44", 9], ["31", 9], ["61", 9]],
  AT: [["664", 10], ["676", 10], ["699", 11], ["650", 10], ["1", 9], ["316", 10], ["662", 10]],
  IT: [["3", 10], ["3", 10], ["06", 10], ["02", 10], ["055", 10]],
  ES: [["6", 9], ["6", 9], ["7", 9], ["981", 9], ["986", 9], ["988", 9]],
  CL: [["9", 9], ["9", 9], ["2", 9], ["32", 9]],
  CO: [["30", 10], ["31", 10], ["32", 10], ["601", 10], ["604", 10]],
  BR: [["119", 11], ["219", 11], ["319", 11], ["11", 10], ["51", 10]],
}

/** Ways of writing a number, each tried in the country it is listed for. */
export type Style = "nat" | "compact" | "intl" | "00" | "trunk0" | "e164" | "bracket" | "dots" | "dashes" | "slash" | "spaced"

const STYLES: Record<string, Style[]> = {
  GB: ["nat", "nat", "intl", "trunk0", "compact", "bracket", "e164", "00"],
  AU: ["nat", "nat", "intl", "bracket", "compact", "trunk0", "e164"],
  ZA: ["nat", "nat", "intl", "compact", "dashes", "trunk0", "e164", "00"],
  KE: ["nat", "nat", "intl", "compact", "e164", "spaced", "dashes"],
  NG: ["nat", "nat", "intl", "compact", "e164", "dashes", "trunk0"],
  SG: ["nat", "nat", "intl", "compact", "e164", "dashes"],
  US: ["nat", "nat", "dashes", "dots", "intl", "compact", "e164"],
  SE: ["nat", "nat", "spaced", "intl", "compact", "00", "trunk0"],
  FI: ["nat", "nat", "spaced", "intl", "compact", "00", "dashes"],
  EE: ["nat", "nat", "intl", "compact", "00", "e164"],
  PL: ["nat", "nat", "intl", "dashes", "compact", "00", "bracket"],
  CZ: ["nat", "nat", "intl", "compact", "00", "e164"],
  RO: ["nat", "nat", "intl", "dots", "compact", "00", "bracket"],
  HR: ["nat", "nat", "intl", "slash", "dashes", "compact", "00", "trunk0"],
  GR: ["nat", "nat", "intl", "compact", "00", "e164", "dashes"],
  RU: ["nat", "nat", "intl", "dashes", "compact", "e164", "bracket"],
  TR: ["nat", "nat", "intl", "bracket", "compact", "e164", "00"],
  BE: ["nat", "nat", "intl", "slash", "dots", "trunk0", "00", "compact"],
  CH: ["nat", "nat", "intl", "trunk0", "00", "compact", "slash"],
  AT: ["nat", "nat", "intl", "slash", "trunk0", "00", "compact", "bracket"],
  IT: ["nat", "nat", "intl", "compact", "00", "dots", "dashes"],
  ES: ["nat", "nat", "intl", "compact", "00", "dots", "spaced"],
  CL: ["nat", "nat", "intl", "compact", "e164", "spaced"],
  CO: ["nat", "nat", "intl", "compact", "e164", "dashes", "bracket"],
  BR: ["nat", "nat", "intl", "compact", "e164", "dashes", "bracket"],
}

export function drawNumber(r: Rng, cc: CountryCode, mobileOnly = false): PhoneNumber {
  const plan = PLAN[cc]
  if (!plan) throw new Error(`holdout41: no numbering plan for ${cc}`)
  for (let i = 0; i < 2000; i++) {
    const [lead, len] = r.pick(plan)
    const nsn = lead + r.digits(len - lead.length)
    const p = parsePhoneNumberFromString(nsn, cc)
    if (!p?.isValid() || p.country !== cc) continue
    if (mobileOnly && p.getType() !== "MOBILE" && p.getType() !== "FIXED_LINE_OR_MOBILE") continue
    return p
  }
  throw new Error(`holdout41: no valid number drawn for ${cc}`)
}

const groupsOf = (s: string) => s.split(/[^\d]+/).filter(Boolean)

function render(p: PhoneNumber, style: Style): string {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const g = groupsOf(nat)
  const cc = p.countryCallingCode
  const nsnIntl = intl.slice(cc.length + 2)
  switch (style) {
    case "nat": return nat
    case "compact": return g.join("")
    case "intl": return intl
    case "00": return `00${cc} ${nsnIntl}`
    case "trunk0": return `+${cc} (0)${nsnIntl}`
    case "e164": return p.number
    case "bracket": return g.length > 2 ? `(${g[0]}) ${g.slice(1).join(" ")}` : nat
    case "dots": return g.join(".")
    case "dashes": return g.join("-")
    case "slash": return g.length > 1 ? `${g[0]}/${g.slice(1).join(" ")}` : nat
    case "spaced": return g.length > 1 ? `${g[0]} ${g.slice(1).join("")}` : nat
  }
}

/** Parses back in its own country to the same number: the written form is what libphonenumber accepts. */
export function readsBack(written: string, p: PhoneNumber, cc: CountryCode): boolean {
  const q = parsePhoneNumberFromString(written.replace(/\s+/g, " "), cc)
  return q?.isValid() === true && q.number === p.number
}

export interface Drawn { p: PhoneNumber; written: string }

export function drawPhone(r: Rng, cc: CountryCode, want?: Style): Drawn {
  for (let i = 0; i < 50; i++) {
    const p = drawNumber(r, cc)
    const style = want ?? r.pick(STYLES[cc]!)
    const written = render(p, style)
    if (readsBack(written, p, cc)) return { p, written }
  }
  throw new Error(`holdout41: no readable number for ${cc}`)
}

/** A mobile for wa.me links (digits of the E.164 without +). */
export const drawMobile = (r: Rng, cc: CountryCode) => drawNumber(r, cc, true)
