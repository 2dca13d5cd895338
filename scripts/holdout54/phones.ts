// Phones drawn from each country's numbering plan and kept only when libphonenumber-js/max calls them valid in that
// very country; every written form is parsed back in the country to the same number before it is used.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export type LineKind = "mob" | "fix" | "free"
/** A range: the national significant number's start and how many random digits follow. */
type Range = [start: string, rest: number, kind: LineKind]

const NANP_US = ["212", "312", "415", "617", "206", "303", "512", "404", "713", "305", "602", "503", "919", "720", "614"]
const NANP_CA = ["416", "647", "604", "514", "403", "613", "902", "780", "204", "905", "306", "819"]

const PLAN: Record<string, Range[]> = {
  GB: [["71", 8, "mob"], ["74", 8, "mob"], ["75", 8, "mob"], ["78", 8, "mob"], ["79", 8, "mob"], ["207", 7, "fix"], ["208", 7, "fix"],
    ["161", 7, "fix"], ["121", 7, "fix"], ["113", 7, "fix"], ["131", 7, "fix"], ["117", 7, "fix"], ["800", 7, "free"], ["345", 7, "free"]],
  IE: [["83", 7, "mob"], ["85", 7, "mob"], ["86", 7, "mob"], ["87", 7, "mob"], ["89", 7, "mob"], ["1", 7, "fix"], ["21", 7, "fix"],
    ["91", 6, "fix"], ["1800", 6, "free"]],
  AU: [["4", 8, "mob"], ["29", 7, "fix"], ["28", 7, "fix"], ["39", 7, "fix"], ["73", 7, "fix"], ["89", 7, "fix"], ["1800", 6, "free"], ["1300", 6, "free"]],
  IN: [["98", 8, "mob"], ["99", 8, "mob"], ["97", 8, "mob"], ["70", 8, "mob"], ["63", 8, "mob"], ["112", 7, "fix"], ["224", 7, "fix"],
    ["802", 7, "fix"], ["442", 7, "fix"], ["1800", 7, "free"]],
  ZA: [["72", 7, "mob"], ["82", 7, "mob"], ["83", 7, "mob"], ["61", 7, "mob"], ["11", 7, "fix"], ["21", 7, "fix"], ["31", 7, "fix"],
    ["12", 7, "fix"], ["860", 6, "free"]],
  DE: [["151", 8, "mob"], ["160", 7, "mob"], ["170", 7, "mob"], ["172", 7, "mob"], ["176", 8, "mob"], ["30", 8, "fix"], ["40", 8, "fix"],
    ["89", 8, "fix"], ["221", 7, "fix"], ["69", 8, "fix"], ["800", 7, "free"]],
  FR: [["6", 8, "mob"], ["7", 8, "mob"], ["1", 8, "fix"], ["4", 8, "fix"], ["5", 8, "fix"], ["2", 8, "fix"], ["800", 6, "free"], ["9", 8, "fix"]],
  ES: [["6", 8, "mob"], ["71", 7, "mob"], ["91", 7, "fix"], ["93", 7, "fix"], ["96", 7, "fix"], ["95", 7, "fix"], ["900", 6, "free"]],
  IT: [["32", 8, "mob"], ["33", 8, "mob"], ["34", 8, "mob"], ["347", 7, "mob"], ["06", 8, "fix"], ["02", 8, "fix"], ["011", 7, "fix"],
    ["055", 7, "fix"], ["800", 6, "free"]],
  NL: [["6", 8, "mob"], ["20", 7, "fix"], ["10", 7, "fix"], ["30", 7, "fix"], ["70", 7, "fix"], ["800", 7, "free"]],
  PL: [["50", 7, "mob"], ["60", 7, "mob"], ["69", 7, "mob"], ["72", 7, "mob"], ["79", 7, "mob"], ["88", 7, "mob"], ["22", 7, "fix"],
    ["12", 7, "fix"], ["61", 7, "fix"], ["71", 7, "fix"], ["800", 6, "free"]],
  CZ: [["60", 7, "mob"], ["72", 7, "mob"], ["73", 7, "mob"], ["77", 7, "mob"], ["2", 8, "fix"], ["54", 7, "fix"], ["800", 6, "free"]],
  SE: [["70", 7, "mob"], ["72", 7, "mob"], ["73", 7, "mob"], ["76", 7, "mob"], ["8", 7, "fix"], ["8", 8, "fix"], ["31", 7, "fix"],
    ["40", 6, "fix"], ["20", 6, "free"]],
  DK: [["2", 7, "mob"], ["30", 6, "mob"], ["40", 6, "mob"], ["60", 6, "mob"], ["3", 7, "fix"], ["4", 7, "fix"], ["86", 6, "fix"],
    ["98", 6, "fix"], ["80", 6, "free"]],
  PT: [["91", 7, "mob"], ["92", 7, "mob"], ["93", 7, "mob"], ["96", 7, "mob"], ["21", 7, "fix"], ["22", 7, "fix"], ["239", 6, "fix"],
    ["800", 6, "free"]],
  BG: [["87", 7, "mob"], ["88", 7, "mob"], ["89", 7, "mob"], ["98", 7, "mob"], ["2", 7, "fix"], ["32", 6, "fix"], ["52", 6, "fix"],
    ["800", 5, "free"]],
}

export const CALLING: Record<string, string> = {
  US: "1", CA: "1", GB: "44", IE: "353", AU: "61", IN: "91", ZA: "27", DE: "49", FR: "33", ES: "34", IT: "39", NL: "31", PL: "48",
  CZ: "420", SE: "46", DK: "45", PT: "351", BG: "359",
}

export interface Phone {
  cc: CountryCode
  kind: LineKind
  /** The national significant number. */
  nsn: string
  e164: string
  p: PhoneNumber
}

/** The types libphonenumber-js/max must give a drawn number of each kind (a mobile is no pager). */
const TYPES: Record<LineKind, string[]> = {
  mob: ["MOBILE", "FIXED_LINE_OR_MOBILE"], fix: ["FIXED_LINE", "FIXED_LINE_OR_MOBILE"], free: ["TOLL_FREE", "SHARED_COST"],
}

/** Valid in this very country, as libphonenumber-js/max reads it. */
export function validIn(text: string, cc: CountryCode): PhoneNumber | undefined {
  const p = parsePhoneNumberFromString(text, cc)
  return p && p.isValid() && p.country === cc ? p : undefined
}

function nanp(r: Rng, areas: string[]): string {
  for (;;) {
    const ex = `${r.range(2, 9)}${r.digits(2)}`
    if (ex !== "555" && ex.slice(1) !== "11") return `${r.pick(areas)}${ex}${r.digits(4)}`
  }
}

function rangesOf(cc: CountryCode, kind?: LineKind): Range[] {
  if (cc === "US" || cc === "CA") return [["", 10, kind ?? "mob"]]
  const all = PLAN[cc]!
  const some = kind ? all.filter((x) => x[2] === kind) : all.filter((x) => x[2] !== "free")
  return some.length ? some : all
}

/** A valid number of the country; mobiles twice as often as landlines unless a kind is asked for. */
export function drawPhone(r: Rng, cc: CountryCode, kind?: LineKind): Phone {
  const ranges = rangesOf(cc, kind)
  for (let i = 0; i < 500; i++) {
    const [start, rest, k] = r.pick(ranges)
    const nsn = cc === "US" ? nanp(r, kind === "free" ? ["800", "888", "877", "866"] : NANP_US) : cc === "CA" ? nanp(r, NANP_CA) : start + r.digits(rest)
    const p = validIn(`+${CALLING[cc]}${nsn}`, cc)
    if (p && TYPES[k].includes(p.getType() ?? "")) return { cc, kind: k, nsn: p.nationalNumber, e164: p.number, p }
  }
  throw new Error(`no valid ${kind ?? "any"} number for ${cc}`)
}

/** Another valid number one digit away: what a caller says before correcting it. */
export function nearPhone(r: Rng, ph: Phone): Phone {
  for (let i = 0; i < 200; i++) {
    const at = ph.nsn.length - 1 - r.int(4)
    const d = String((Number(ph.nsn[at]) + r.range(1, 9)) % 10)
    const nsn = ph.nsn.slice(0, at) + d + ph.nsn.slice(at + 1)
    const p = validIn(`+${CALLING[ph.cc]}${nsn}`, ph.cc)
    if (p) return { ...ph, nsn, e164: p.number, p }
  }
  return drawPhone(r, ph.cc)
}

/** The national form's groups, as libphonenumber writes it (brackets and dashes dropped). */
export const nationalGroups = (ph: Phone) => ph.p.formatNational().replace(/[()]/g, "").split(/[\s-]+/).filter(Boolean)
