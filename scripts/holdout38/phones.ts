// Phones drawn from each country's numbering plan, kept only when libphonenumber-js/max calls them
// valid there, then written the ways people in that country write them.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./prng.ts"

/** National numbers as dialled at home (trunk prefix included); x is any digit. */
const PLANS: Record<string, string[]> = {
  IE: ["083xxxxxxx", "085xxxxxxx", "086xxxxxxx", "087xxxxxxx", "089xxxxxxx", "01xxxxxxx", "021xxxxxxx", "091xxxxxx"],
  GB: ["0113xxxxxxx", "0114xxxxxxx", "0161xxxxxxx", "0191xxxxxxx", "01482xxxxxx", "01274xxxxxx", "07xxxxxxxxx", "07xxxxxxxxx"],
  CA: ["416xxxxxxx", "647xxxxxxx", "604xxxxxxx", "403xxxxxxx", "306xxxxxxx", "902xxxxxxx", "204xxxxxxx", "250xxxxxxx"],
  /** Quebec's area codes, for the French of Canada. */
  "CA-QC": ["514xxxxxxx", "438xxxxxxx", "418xxxxxxx", "450xxxxxxx", "819xxxxxxx", "581xxxxxxx"],
  NZ: ["021xxxxxxx", "022xxxxxxx", "027xxxxxxx", "09xxxxxxx", "04xxxxxxx", "03xxxxxxx"],
  IN: ["98xxxxxxxx", "97xxxxxxxx", "88xxxxxxxx", "70xxxxxxxx", "080xxxxxxxx", "022xxxxxxxx", "044xxxxxxxx"],
  PH: ["0917xxxxxxx", "0918xxxxxxx", "0927xxxxxxx", "0998xxxxxxx", "028xxxxxxx", "032xxxxxxx"],
  GH: ["024xxxxxxx", "054xxxxxxx", "020xxxxxxx", "027xxxxxxx", "0302xxxxxx", "0322xxxxxx"],
  NO: ["4xxxxxxx", "9xxxxxxx", "22xxxxxx", "55xxxxxx"],
  DK: ["2xxxxxxx", "3xxxxxxx", "4xxxxxxx", "5xxxxxxx", "6xxxxxxx", "8xxxxxxx"],
  PT: ["91xxxxxxx", "92xxxxxxx", "93xxxxxxx", "96xxxxxxx", "21xxxxxxx", "22xxxxxxx"],
  ES: ["6xxxxxxxx", "7xxxxxxxx", "93xxxxxxx", "972xxxxxx", "973xxxxxx"],
  HU: ["0620xxxxxxx", "0630xxxxxxx", "0670xxxxxxx", "061xxxxxxx", "0652xxxxxx", "0662xxxxxx"],
  SK: ["090xxxxxxx", "091xxxxxxx", "094xxxxxxx", "02xxxxxxxx", "055xxxxxxx"],
  SI: ["031xxxxxx", "040xxxxxx", "041xxxxxx", "051xxxxxx", "01xxxxxxx", "02xxxxxxx"],
  LT: ["86xxxxxxx", "85xxxxxxx", "837xxxxxx"],
  LV: ["2xxxxxxx", "67xxxxxx", "63xxxxxx"],
  BG: ["087xxxxxxx", "088xxxxxxx", "089xxxxxxx", "02xxxxxxx", "032xxxxxx", "052xxxxxx"],
  MT: ["79xxxxxx", "99xxxxxx", "77xxxxxx", "21xxxxxx"],
  CH: ["076xxxxxxx", "078xxxxxxx", "079xxxxxxx", "044xxxxxxx", "052xxxxxxx", "041xxxxxxx"],
  BE: ["047xxxxxxx", "048xxxxxxx", "049xxxxxxx", "04xxxxxxx", "081xxxxxx", "02xxxxxxx"],
  MX: ["55xxxxxxxx", "33xxxxxxxx", "81xxxxxxxx", "222xxxxxxx"],
  AR: ["911xxxxxxxx", "9351xxxxxxx", "9341xxxxxxx", "11xxxxxxxx", "351xxxxxxx"],
}

export function drawPhone(rng: Rng, cc: CountryCode, plan: string = cc): PhoneNumber {
  for (let i = 0; i < 500; i++) {
    const raw = rng.pick(PLANS[plan]!).replace(/x/g, () => String(rng.int(0, 9)))
    const p = parsePhoneNumberFromString(cc === "AR" && raw.startsWith("9") ? "+54" + raw : raw, cc)
    if (p?.isValid() && p.country === cc) return p
  }
  throw new Error(`no valid phone drawn for ${cc}`)
}

const regroup = (d: string, sizes: number[], sep = " ") => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) { out.push(d.slice(at, at + n)); at += n }
  if (at < d.length) out.push(d.slice(at))
  return out.filter(Boolean).join(sep)
}
const nsn = (p: PhoneNumber) => p.nationalNumber as string
const cc = (p: PhoneNumber) => `+${p.countryCallingCode}`
const natDigits = (p: PhoneNumber) => p.formatNational().replace(/\D/g, "")

type Writer = (p: PhoneNumber) => string

const zeroed = (p: PhoneNumber) => `${cc(p)} (0)${p.formatInternational().split(" ").slice(1).join(" ")}`
const mobile = (p: PhoneNumber, first: RegExp) => first.test(nsn(p))

const lt = (p: PhoneNumber) => (mobile(p, /^6/) ? [3, 5] : [2, 6])

/** How people of a country write numbers, beyond libphonenumber's own formats. */
const LOCAL: Partial<Record<CountryCode, Writer[]>> = {
  IE: [zeroed, (p) => p.formatNational().replace(" ", "-")],
  GB: [zeroed],
  CA: [(p) => regroup(nsn(p), [3, 3, 4], "-"), (p) => regroup(nsn(p), [3, 3, 4], "."), (p) => `1-${regroup(nsn(p), [3, 3, 4], "-")}`],
  NZ: [(p) => `${cc(p)} ${regroup(nsn(p), mobile(p, /^2/) ? [2, 3, 4] : [1, 3, 4])}`, (p) => natDigits(p)],
  IN: [(p) => `${cc(p)}-${nsn(p)}`, (p) => (mobile(p, /^[6-9]/) ? regroup(nsn(p), [5, 5]) : p.formatNational()), (p) => `${cc(p)} ${regroup(nsn(p), mobile(p, /^[6-9]/) ? [5, 5] : [2, 4, 4])}`],
  PH: [(p) => (mobile(p, /^9/) ? regroup(natDigits(p), [4, 3, 4], "-") : p.formatNational()), (p) => p.formatInternational()],
  GH: [zeroed, (p) => regroup(natDigits(p), [3, 3, 4], "-")],
  NO: [(p) => (mobile(p, /^[49]/) ? regroup(nsn(p), [3, 2, 3]) : regroup(nsn(p), [2, 2, 2, 2])), (p) => `${cc(p)} ${mobile(p, /^[49]/) ? regroup(nsn(p), [3, 2, 3]) : regroup(nsn(p), [2, 2, 2, 2])}`],
  DK: [(p) => regroup(nsn(p), [4, 4]), (p) => `${cc(p)} ${regroup(nsn(p), [4, 4])}`],
  PT: [(p) => regroup(nsn(p), [3, 3, 3]), (p) => `00351 ${regroup(nsn(p), [3, 3, 3])}`],
  ES: [(p) => regroup(nsn(p), [3, 3, 3]), (p) => regroup(nsn(p), [3, 2, 2, 2])],
  HU: [(p) => (mobile(p, /^[237]0/) ? `06-${nsn(p).slice(0, 2)}/${regroup(nsn(p).slice(2), [3, 4], "-")}` : p.formatNational()), (p) => regroup(natDigits(p), mobile(p, /^1/) ? [2, 1, 3, 4] : [2, 2, 3, 4], "-"), (p) => `${cc(p)} ${regroup(nsn(p), mobile(p, /^1/) ? [1, 3, 4] : [2, 3, 4])}`],
  SK: [(p) => (mobile(p, /^9/) ? regroup(natDigits(p), [4, 3, 3]) : `${natDigits(p).slice(0, mobile(p, /^2/) ? 2 : 3)}/${regroup(natDigits(p).slice(mobile(p, /^2/) ? 2 : 3), [3, 2, 3])}`), (p) => (mobile(p, /^9/) ? `${cc(p)} ${regroup(nsn(p), [3, 3, 3])}` : p.formatInternational())],
  SI: [(p) => (mobile(p, /^[3-7]/) ? `0${nsn(p).slice(0, 2)}/${regroup(nsn(p).slice(2), [3, 3], "-")}` : `0${nsn(p).slice(0, 1)}/${regroup(nsn(p).slice(1), [3, 2, 2], "-")}`), (p) => (mobile(p, /^[3-7]/) ? regroup(natDigits(p), [3, 3, 3]) : regroup(natDigits(p), [2, 3, 2, 2])), zeroed],
  LT: [(p) => `8 ${regroup(nsn(p), lt(p))}`, (p) => `${cc(p)} ${regroup(nsn(p), lt(p))}`, (p) => `8-${regroup(nsn(p), lt(p), "-")}`],
  LV: [(p) => regroup(nsn(p), [4, 4]), (p) => `${cc(p)} ${regroup(nsn(p), [2, 3, 3])}`],
  BG: [(p) => (mobile(p, /^[89]/) ? regroup(natDigits(p), [4, 3, 3]) : p.formatNational()), (p) => (mobile(p, /^[89]/) ? `${cc(p)} ${regroup(nsn(p), [3, 3, 3])}` : p.formatInternational())],
  MT: [(p) => regroup(nsn(p), [4, 4]), (p) => `${cc(p)}${nsn(p)}`, (p) => `00356 ${regroup(nsn(p), [4, 4])}`],
  CH: [zeroed, (p) => regroup(natDigits(p), [3, 3, 2, 2], ".")],
  BE: [(p) => `0${regroup(nsn(p), nsn(p).length === 9 ? [3, 2, 2, 2] : [1, 3, 2, 2], ".")}`, (p) => (mobile(p, /^4\d{8}$/) ? `0${nsn(p).slice(0, 3)}/${regroup(nsn(p).slice(3), [2, 2, 2], ".")}` : p.formatNational()), zeroed],
  MX: [(p) => regroup(nsn(p), mobile(p, /^(55|33|81)/) ? [2, 4, 4] : [3, 3, 4], "."), (p) => (mobile(p, /^(55|33|81)/) ? `(${nsn(p).slice(0, 2)}) ${regroup(nsn(p).slice(2), [4, 4], "-")}` : `(${nsn(p).slice(0, 3)}) ${regroup(nsn(p).slice(3), [3, 4], "-")}`), (p) => (mobile(p, /^(55|33|81)/) ? regroup(nsn(p), [2, 4, 4]) : regroup(nsn(p), [3, 3, 4]))],
  AR: [(p) => (mobile(p, /^911/) ? `11 15-${regroup(nsn(p).slice(3), [4, 4], "-")}` : p.formatNational()), (p) => (mobile(p, /^911/) ? `${cc(p)} ${regroup(nsn(p), [1, 2, 4, 4])}` : p.formatInternational())],
}

/** Forms libphonenumber prints that people of the country do not write. */
const NO_NATIONAL = new Set<CountryCode>(["LT"])

export type PhoneForm = "national" | "intl" | "e164" | "00" | "compact" | "local"
const GENERIC: Record<Exclude<PhoneForm, "local">, Writer> = {
  national: (p) => p.formatNational(),
  intl: (p) => p.formatInternational(),
  e164: (p) => p.number as string,
  "00": (p) => "00" + p.formatInternational().slice(1),
  compact: (p) => natDigits(p),
}

/** The number written in a form; a form that does not read back as the same valid number falls back to national. */
export function writePhone(p: PhoneNumber, form: PhoneForm, rng: Rng): string {
  const f = form === "national" && NO_NATIONAL.has(p.country!) ? "local" : form
  const w = f === "local" ? rng.pick(LOCAL[p.country!] ?? [GENERIC.national])(p) : GENERIC[f as Exclude<PhoneForm, "local">](p)
  const back = parsePhoneNumberFromString(w, p.country)
  return back?.isValid() && back.number === p.number ? w : p.formatNational()
}

export const validIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v, r)?.isValid() === true)
