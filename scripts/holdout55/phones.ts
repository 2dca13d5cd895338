// Numbering plans: numbers drawn from each country's ranges and kept only when libphonenumber-js/max calls them valid
// there and of the drawn type; their written forms, each parsed back to the same number before use.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

type PType = "mobile" | "fixed" | "free"
/** National ranges: `#` a random digit, `N` 2-9. */
const PLAN: Record<string, Record<PType, string[]>> = {
  US: { mobile: ["212N######", "646N######", "718N######", "312N######", "415N######", "617N######", "305N######", "713N######"], fixed: ["206N######", "404N######", "503N######"], free: ["800N######"] },
  CA: { mobile: ["514N######", "438N######", "418N######", "581N######"], fixed: ["450N######", "819N######", "613N######"], free: ["418N######"] },
  GB: { mobile: ["074########", "075########", "077########", "078########", "079########"], fixed: ["0131#######", "0141#######", "01224######", "0207#######", "0161#######"], free: ["0800#######"] },
  NZ: { mobile: ["021#######", "022#######", "027#######"], fixed: ["09N######", "04N######", "03N######"], free: ["0800######"] },
  SG: { mobile: ["8#######", "9#######"], fixed: ["6#######"], free: ["1800#######"] },
  NG: { mobile: ["0803#######", "0806#######", "0813#######", "0703#######", "0802#######", "0816#######", "0905#######"], fixed: ["0201#######", "0209#######", "0203#######"], free: ["0800#######"] },
  MT: { mobile: ["79######", "99######", "77######"], fixed: ["21######", "27######"], free: ["800#####"] },
  CH: { mobile: ["076#######", "077#######", "078#######", "079#######"], fixed: ["044#######", "031#######", "061#######", "091#######", "022#######"], free: ["0800######"] },
  MX: { mobile: ["55########", "33########", "81########", "999#######"], fixed: ["55########", "222#######"], free: ["800#######"] },
  BE: { mobile: ["047#######", "048#######", "049#######"], fixed: ["02N######", "03N######", "09N######", "016######"], free: ["0800#####"] },
  NO: { mobile: ["4#######", "9#######"], fixed: ["22######", "55######", "73######"], free: ["800#####"] },
  FI: { mobile: ["040#######", "050#######", "044#######", "045#######"], fixed: ["09#######", "02#######"], free: ["0800######"] },
  HU: { mobile: ["0620#######", "0630#######", "0670#######"], fixed: ["061#######", "0652######", "0662######"], free: ["0680######"] },
  RO: { mobile: ["072#######", "074#######", "075#######", "076#######"], fixed: ["021#######", "0264######"], free: ["0800######"] },
  SK: { mobile: ["0905######", "0911######", "0944######", "0948######"], fixed: ["02########", "055#######"], free: ["0800######"] },
  HR: { mobile: ["091#######", "092#######", "095#######", "098#######", "099#######"], fixed: ["01#######", "021######"], free: ["0800######"] },
  GR: { mobile: ["694#######", "697#######", "698#######", "699#######"], fixed: ["210#######", "2310######"], free: ["800#######"] },
}
const TYPE_OK: Record<PType, string[]> = {
  mobile: ["MOBILE", "FIXED_LINE_OR_MOBILE"], fixed: ["FIXED_LINE", "FIXED_LINE_OR_MOBILE"], free: ["TOLL_FREE", "SHARED_COST", "FIXED_LINE", "FIXED_LINE_OR_MOBILE"],
}
/** Countries whose national numbers start with a trunk 0 that drops after the country code. */
const TRUNK0 = ["GB", "NZ", "NG", "CH", "BE", "FI", "RO", "SK", "HR"]

export interface Phone { cc: CountryCode; n: PhoneNumber; national: string; type: PType }

export function drawPhone(r: Rng, cc: CountryCode, type: PType): Phone {
  for (let i = 0; i < 500; i++) {
    const raw = [...r.pick(PLAN[cc]![type])].map((c) => (c === "#" ? String(r.int(10)) : c === "N" ? String(2 + r.int(8)) : c)).join("")
    if (/^(\d{3})?555|^\d{3}[2-9]11/.test(raw) && (cc === "US" || cc === "CA")) continue
    const n = parsePhoneNumberFromString(raw, cc)
    if (!n || !n.isValid() || n.country !== cc || !TYPE_OK[type].includes(n.getType() ?? "")) continue
    return { cc, n, national: n.formatNational(), type }
  }
  throw new Error(`no ${type} number for ${cc}`)
}

/** The same number parsed back in the country. */
const same = (v: string, p: Phone) => {
  const x = parsePhoneNumberFromString(v, p.cc)
  return !!x && x.isValid() && x.number === p.n.number && (/^(\+|00)/.test(v) || x.country === p.cc)
}

/** The written forms a person in that country might type. */
export function forms(p: Phone): string[] {
  const nat = p.national
  const plain = nat.replace(/[()]/g, "")
  const intl = p.n.formatInternational()
  const code = p.n.countryCallingCode
  const d = plain.replace(/\D/g, "")
  const nanp = p.cc === "US" || p.cc === "CA"
  const dashed = nanp ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : plain.replace(/ /g, "-")
  const dotted = nanp ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}` : plain.replace(/ /g, ".")
  const out = [nat, nanp ? nat : plain, intl, intl, p.n.number, d, dashed, dotted, `00${intl.slice(1)}`]
  if (TRUNK0.includes(p.cc)) out.push(`+${code} (0)${plain.replace(/^0/, "")}`)
  const m = /^(0\d{1,4}) (\d.*)$/.exec(plain)
  if (m && p.type === "fixed") out.push(`(${m[1]}) ${m[2]}`)
  if (m && ["CH", "SK", "HR"].includes(p.cc)) out.push(`${m[1]}/${m[2]}`)
  if (nanp) out.push(`1-${dashed}`, `+1-${dashed}`, `+1 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`)
  if (p.cc === "HU") out.push(`+36-${plain.replace(/^06 /, "").replace(/ /g, "-")}`, plain.replace(/^(06 \d\d?) /, "$1/"))
  return [...new Set(out)].filter((v) => same(v, p))
}

/** A written form drawn at random among the valid ones. */
export const writeAs = (r: Rng, p: Phone) => r.pick(forms(p))
