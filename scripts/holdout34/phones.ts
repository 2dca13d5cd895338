// Phone numbering plans of the corpus's regions, written the way people there
// write them. Every written form is parsed back with libphonenumber-js/max and
// kept only when it is valid and gives the same E.164 number.
import { parsePhoneNumber, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./prng.ts"

type Form = (nsn: string) => string
interface Plan {
  pre: string[]
  len: number
  forms: Form[]
}
export interface Region {
  iso: CountryCode
  cc: string
  plans: Plan[]
}
export interface Phone {
  written: string
  e164: string
  intl: boolean
}

export function grp(s: string, sizes: number[], sep = " "): string {
  const out: string[] = []
  let i = 0
  for (const n of sizes) {
    if (i >= s.length) break
    out.push(s.slice(i, i + n))
    i += n
  }
  if (i < s.length) out.push(s.slice(i))
  return out.join(sep)
}
/** National forms: trunk + nsn in groups, with the given separator. */
const nat = (trunk: string, sizes: number[], sep = " "): Form => (d) => grp(trunk + d, sizes, sep)
/** International forms: prefix + nsn in groups. */
const intl = (prefix: string, sizes: number[], sep = " "): Form => (d) => prefix + grp(d, sizes, sep)

function std(cc: string, trunk: string, natSizes: number[], intlSizes: number[], paren0 = false): Form[] {
  const f: Form[] = [nat(trunk, natSizes), nat(trunk, natSizes, "-"), nat(trunk, [99]), intl(`+${cc} `, intlSizes), intl(`00${cc} `, intlSizes), intl(`+${cc}`, [99])]
  if (paren0) f.push(intl(`+${cc} (${trunk})`, intlSizes))
  return f
}
const nanp = (cc = "1"): Form[] => [
  (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
  (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
  (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
  (d) => `+${cc} ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
  (d) => `+${cc} (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
  (d) => `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
]
const nanpLocal: Form[] = [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6)}`]

const P = (pre: string[], len: number, forms: Form[]): Plan => ({ pre, len, forms })

export const REGIONS: Record<string, Region> = {
  GH: { iso: "GH", cc: "233", plans: [P(["24", "54", "55", "59", "20", "50", "27"], 9, std("233", "0", [3, 3, 4], [2, 3, 4]))] },
  UG: { iso: "UG", cc: "256", plans: [P(["772", "782", "701", "752", "774", "706"], 9, [nat("0", [4, 6]), nat("0", [4, 3, 3]), intl("+256 ", [3, 6]), intl("+256 ", [3, 3, 3]), intl("00256 ", [3, 6]), nat("0", [99])])] },
  ZM: { iso: "ZM", cc: "260", plans: [P(["97", "96", "95", "76", "77"], 9, [nat("0", [4, 6]), nat("0", [3, 3, 4]), intl("+260 ", [2, 3, 4]), intl("+260 ", [3, 6]), nat("0", [99])])] },
  NA: { iso: "NA", cc: "264", plans: [P(["81", "85"], 9, std("264", "0", [3, 3, 4], [2, 3, 4]))] },
  IE: {
    iso: "IE",
    cc: "353",
    plans: [
      P(["83", "85", "86", "87", "89"], 9, [...std("353", "0", [3, 3, 4], [2, 3, 4], true), (d) => `0${d.slice(0, 2)}-${d.slice(2)}`]),
      P(["214", "218", "219"], 9, [(d) => `(021) ${grp(d.slice(2), [3, 4])}`, nat("0", [3, 3, 4]), intl("+353 ", [2, 3, 4])]),
      P(["915", "917", "919"], 8, [(d) => `(091) ${grp(d.slice(2), [3, 3])}`, nat("0", [3, 6]), intl("+353 ", [2, 6])]),
    ],
  },
  IM: {
    iso: "IM",
    cc: "44",
    plans: [
      P(["76244", "76246", "76249", "76242"], 10, [nat("0", [5, 6]), nat("0", [5, 3, 3]), intl("+44 ", [4, 6]), intl("+44 (0)", [4, 6]), intl("0044 ", [4, 6]), nat("0", [99])]),
      P(["16246", "16247", "16248"], 10, [nat("0", [5, 6]), (d) => `(01624) ${d.slice(4)}`, intl("+44 ", [4, 6])]),
    ],
  },
  NZ: {
    iso: "NZ",
    cc: "64",
    plans: [
      P(["21", "22", "27"], 9, [nat("0", [3, 3, 4]), nat("0", [3, 7]), intl("+64 ", [2, 3, 4]), intl("0064 ", [2, 3, 4]), nat("0", [99]), nat("0", [3, 3, 4], "-")]),
      P(["93", "94", "95", "48", "34"], 8, [(d) => `(0${d[0]}) ${grp(d.slice(1), [3, 4])}`, nat("0", [2, 3, 4]), intl("+64 ", [1, 3, 4])]),
    ],
  },
  FJ: { iso: "FJ", cc: "679", plans: [P(["92", "97", "83", "86", "99", "72"], 7, [nat("", [3, 4]), nat("", [99]), intl("+679 ", [3, 4]), intl("00679 ", [3, 4]), intl("+679-", [3, 4], "-")]), P(["33", "66", "67"], 7, [nat("", [3, 4]), intl("+679 ", [3, 4])])] },
  BB: { iso: "BB", cc: "1", plans: [P(["246235", "246253", "246230", "246826", "246836", "246845", "246428", "246427"], 10, [...nanp(), (d) => `246-${d.slice(3, 6)}-${d.slice(6)}`])] },
  BS: { iso: "BS", cc: "1", plans: [P(["242357", "242359", "242376", "242422", "242424", "242425", "242434", "242436", "242441", "242525", "242551", "242552", "242554"], 10, nanp())] },
  US: { iso: "US", cc: "1", plans: [P(["504", "225", "337", "318", "985"], 10, nanp())] },
  CA_NL: { iso: "CA", cc: "1", plans: [P(["709"], 10, nanp())] },
  CA_QC: { iso: "CA", cc: "1", plans: [P(["514", "438", "418", "819", "450"], 10, [...nanp(), ...nanpLocal])] },
  GI: { iso: "GI", cc: "350", plans: [P(["54", "56", "57", "58"], 8, [nat("", [4, 4]), nat("", [99]), intl("+350 ", [4, 4]), intl("00350 ", [8])]), P(["200"], 8, [nat("", [3, 5]), intl("+350 ", [3, 5])])] },
  NO: { iso: "NO", cc: "47", plans: [P(["4", "9"], 8, [nat("", [3, 2, 3]), nat("", [2, 2, 2, 2]), nat("", [99]), intl("+47 ", [3, 2, 3]), intl("+47 ", [2, 2, 2, 2]), intl("0047 ", [8])]), P(["22", "23", "55", "73"], 8, [nat("", [2, 2, 2, 2]), intl("+47 ", [2, 2, 2, 2])])] },
  DK: { iso: "DK", cc: "45", plans: [P(["2", "30", "31", "40", "42", "50", "51", "60", "61", "71", "81", "91", "93"], 8, [nat("", [2, 2, 2, 2]), nat("", [4, 4]), nat("", [99]), intl("+45 ", [2, 2, 2, 2]), intl("0045 ", [2, 2, 2, 2]), intl("+45", [99])]), P(["33", "35", "86", "98"], 8, [nat("", [2, 2, 2, 2]), intl("+45 ", [2, 2, 2, 2])])] },
  LT: { iso: "LT", cc: "370", plans: [P(["6"], 8, [nat("8", [1, 3, 5]), nat("8", [1, 1, 3, 4]), nat("8", [99]), intl("+370 ", [3, 5]), intl("00370 ", [3, 5]), intl("+370", [99])]), P(["52"], 8, [nat("8", [1, 1, 3, 4]), (d) => `(8 5) ${grp(d.slice(1), [3, 4])}`, intl("+370 ", [1, 3, 4])]), P(["37"], 8, [nat("8", [1, 2, 3, 3]), (d) => `(8 37) ${grp(d.slice(2), [3, 3])}`, intl("+370 ", [2, 3, 3])])] },
  LV: { iso: "LV", cc: "371", plans: [P(["2"], 8, [nat("", [4, 4]), nat("", [2, 3, 3]), nat("", [99]), intl("+371 ", [4, 4]), intl("00371 ", [8]), intl("+371 ", [2, 3, 3])]), P(["67", "63", "65"], 8, [nat("", [4, 4]), intl("+371 ", [4, 4])])] },
  SK: { iso: "SK", cc: "421", plans: [P(["90", "91", "94", "95"], 9, [nat("0", [4, 3, 3]), nat("0", [99]), nat("0", [4, 3, 3], "-"), intl("+421 ", [3, 3, 3]), intl("00421 ", [3, 3, 3]), intl("+421", [99])]), P(["2"], 9, [(d) => `02/${grp(d.slice(1), [4, 4])}`, nat("0", [2, 4, 4]), intl("+421 ", [1, 4, 4])])] },
  SI: { iso: "SI", cc: "386", plans: [P(["31", "40", "41", "51", "64", "68", "70"], 8, [nat("0", [3, 3, 3]), nat("0", [99]), nat("0", [3, 3, 3], "-"), intl("+386 ", [2, 3, 3]), intl("00386 ", [2, 3, 3]), intl("+386 (0)", [2, 3, 3])]), P(["1"], 8, [nat("0", [2, 3, 2, 2]), (d) => `(01) ${grp(d.slice(1), [3, 2, 2])}`, intl("+386 ", [1, 3, 2, 2])])] },
  HU: { iso: "HU", cc: "36", plans: [P(["20", "30", "31", "70", "50"], 9, [nat("06", [2, 2, 3, 4]), (d) => `06-${d.slice(0, 2)}/${d.slice(2, 5)}-${d.slice(5)}`, (d) => `06 ${d.slice(0, 2)}/${grp(d.slice(2), [3, 4])}`, intl("+36 ", [2, 3, 4]), intl("0036 ", [2, 3, 4]), intl("+36", [99])]), P(["1"], 8, [nat("06", [2, 1, 3, 4]), (d) => `(06 1) ${grp(d.slice(1), [3, 4])}`, intl("+36 ", [1, 3, 4])])] },
  PT: { iso: "PT", cc: "351", plans: [P(["91", "92", "93", "96"], 9, [nat("", [3, 3, 3]), nat("", [99]), intl("+351 ", [3, 3, 3]), intl("00351 ", [3, 3, 3]), nat("", [3, 3, 3], ".")]), P(["21", "22", "239"], 9, [nat("", [3, 3, 3]), intl("+351 ", [3, 3, 3])])] },
  MX: { iso: "MX", cc: "52", plans: [P(["55", "33", "81"], 10, [nat("", [2, 4, 4]), (d) => `(${d.slice(0, 2)}) ${d.slice(2, 6)}-${d.slice(6)}`, nat("", [99]), intl("+52 ", [2, 4, 4]), intl("+52 ", [99]), intl("0052 ", [2, 4, 4])]), P(["222", "998", "442"], 10, [nat("", [3, 3, 4]), (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)} ${d.slice(6)}`, intl("+52 ", [3, 3, 4])])] },
  AR: {
    iso: "AR",
    cc: "54",
    plans: [
      P(["9112", "9113", "9115", "9116"], 11, [(d) => `011 15-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+54 9 11 ${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+54 9 11 ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `(011) 15 ${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+549${d.slice(1)}`]),
      P(["93514", "93515"], 11, [(d) => `0351 15-${d.slice(4, 7)}-${d.slice(7)}`, (d) => `+54 9 351 ${d.slice(4, 7)}-${d.slice(7)}`]),
      P(["114", "115"], 10, [(d) => `011 ${d.slice(2, 6)}-${d.slice(6)}`, (d) => `(011) ${d.slice(2, 6)}-${d.slice(6)}`, (d) => `+54 11 ${d.slice(2, 6)}-${d.slice(6)}`]),
    ],
  },
  UY: { iso: "UY", cc: "598", plans: [P(["91", "94", "95", "98", "99"], 8, [nat("0", [3, 3, 3]), nat("0", [99]), intl("+598 ", [2, 3, 3]), intl("00598 ", [2, 3, 3]), intl("+598 ", [99])]), P(["29", "27", "26"], 8, [nat("", [4, 4]), intl("+598 ", [4, 4])])] },
  BE: { iso: "BE", cc: "32", plans: [P(["47", "48", "49", "46"], 9, [nat("0", [4, 2, 2, 2]), nat("0", [4, 2, 2, 2], "."), (d) => `0${d.slice(0, 3)}/${grp(d.slice(3), [2, 2, 2])}`, intl("+32 ", [3, 2, 2, 2]), intl("0032 ", [3, 2, 2, 2]), intl("+32 (0)", [3, 2, 2, 2])]), P(["2", "4"], 8, [nat("0", [2, 3, 2, 2]), (d) => `0${d[0]}/${grp(d.slice(1), [3, 2, 2])}`, intl("+32 ", [1, 3, 2, 2])])] },
  CH: { iso: "CH", cc: "41", plans: [P(["75", "76", "77", "78", "79"], 9, [nat("0", [3, 3, 2, 2]), (d) => `0${d.slice(0, 2)}/${grp(d.slice(2), [3, 2, 2])}`, nat("0", [99]), intl("+41 ", [2, 3, 2, 2]), intl("0041 ", [2, 3, 2, 2]), intl("+41 (0)", [2, 3, 2, 2]), nat("0", [3, 3, 2, 2], ".")]), P(["44", "22", "91", "31", "21"], 9, [nat("0", [3, 3, 2, 2]), intl("+41 ", [2, 3, 2, 2])])] },
  ES: { iso: "ES", cc: "34", plans: [P(["6", "71", "72"], 9, [nat("", [3, 2, 2, 2]), nat("", [3, 3, 3]), nat("", [99]), intl("+34 ", [3, 3, 3]), intl("0034 ", [3, 2, 2, 2]), intl("+34", [99])]), P(["93", "972", "973"], 9, [nat("", [2, 3, 2, 2]), nat("", [3, 3, 3]), intl("+34 ", [2, 3, 2, 2])])] },
  LU: { iso: "LU", cc: "352", plans: [P(["621", "661", "691", "628"], 9, [nat("", [3, 3, 3]), nat("", [99]), intl("+352 ", [3, 3, 3]), intl("00352 ", [3, 3, 3])]), P(["4", "2"], 6, [nat("", [2, 2, 2]), intl("+352 ", [2, 2, 2]), nat("", [99])])] },
  RU: { iso: "RU", cc: "7", plans: [P(["91", "92", "96", "98", "90"], 10, [(d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7 (${d.slice(0, 3)}) ${grp(d.slice(3), [3, 2, 2])}`, (d) => `8-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8${d}`, intl("+7", [99])]), P(["495", "499", "843"], 10, [(d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`])] },
  BG: { iso: "BG", cc: "359", plans: [P(["87", "88", "89"], 9, [nat("0", [4, 3, 3]), nat("0", [99]), intl("+359 ", [2, 3, 4]), intl("+359 ", [3, 3, 3]), intl("00359 ", [2, 3, 4])]), P(["2"], 8, [nat("0", [2, 3, 4]), (d) => `(02) ${grp(d.slice(1), [3, 4])}`, intl("+359 ", [1, 3, 4])])] },
}

/** True when `written` parses in `iso` to a valid number equal to `e164`. */
export function checks(written: string, iso: CountryCode, e164: string): boolean {
  try {
    const p = parsePhoneNumber(written, iso)
    return p.number === e164 && p.isValid()
  } catch {
    return false
  }
}
/** True when a string would read as a valid phone number of the region. */
export function isPhone(s: string, iso: CountryCode): boolean {
  try {
    return parsePhoneNumber(s, iso).isValid()
  } catch {
    return false
  }
}

/** A valid number of the region in one of its written forms; `want` asks for an international or national one. */
export function phone(r: Rng, key: string, want: "any" | "intl" | "nat" = "any"): Phone {
  const reg = REGIONS[key]
  if (!reg) throw new Error(`no region ${key}`)
  for (let tries = 0; tries < 400; tries++) {
    const plan = r.pick(reg.plans)
    const pre = r.pick(plan.pre)
    const nsn = pre + r.digits(plan.len - pre.length)
    const form = r.pick(plan.forms)
    const written = form(nsn)
    const isIntl = written.startsWith("+") || written.startsWith("00")
    if ((want === "intl" && !isIntl) || (want === "nat" && isIntl)) continue
    const e164 = `+${reg.cc}${nsn}`
    if (checks(written, reg.iso, e164)) return { written, e164, intl: isIntl }
  }
  throw new Error(`no valid ${want} phone for ${key}`)
}
