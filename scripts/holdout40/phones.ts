// Phone numbers per country: how a line is numbered (its national significant number) and the
// ways people write it, national and international. A drawn number is kept only when
// libphonenumber-js/max calls it valid in the country and the written form parses back to it.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

type Write = (n: string) => string
interface Line { make: (r: Rng) => string; nat: Write[]; intl: Write[] }
interface Plan { cc: string; lines: Line[] }

/** `n` cut into groups of the given sizes (the last takes the rest), joined by `sep`. */
export function grp(n: string, sizes: number[], sep = " "): string {
  const out: string[] = []
  let at = 0
  sizes.forEach((s, i) => { out.push(n.slice(at, i === sizes.length - 1 ? n.length : at + s)); at += s })
  return out.filter(Boolean).join(sep)
}
const g = (sizes: number[], sep = " ", pre = "", post = ""): Write => (n) => pre + grp(n, sizes, sep) + post
const cut = (k: number, a: Write, b: Write): Write => (n) => a(n.slice(0, k)) + b(n.slice(k))
const raw = (pre = ""): Write => (n) => pre + n
const d = (r: Rng, lead: string, n: number) => lead + r.digits(n)

const nanp = (areas: string[]): Line => ({
  make: (r) => r.pick(areas) + String(r.int(2, 9)) + r.digits(2) + r.digits(4),
  nat: [cut(3, raw("("), g([3, 4], "-", ") ")), g([3, 3, 4], "-"), g([3, 3, 4], "."), g([3, 3, 4], "-", "1-"), g([3, 3, 4], " ")],
  intl: [g([3, 3, 4], " ", "+1 "), cut(3, raw("+1 ("), g([3, 4], "-", ") ")), raw("+1"), g([3, 3, 4], "-", "+1-")],
})

export const PLANS: Record<string, Plan> = {
  IE: { cc: "353", lines: [
    { make: (r) => d(r, "8" + r.pick(["3", "5", "6", "7", "9"]), 7), nat: [g([2, 3, 4], " ", "0"), g([2, 7], "-", "0"), raw("0"), cut(2, raw("(0"), g([3, 4], " ", ") "))], intl: [g([2, 3, 4], " ", "+353 "), g([2, 3, 4], " ", "+353 (0)"), g([2, 7], " ", "00353 "), raw("+353")] },
    { make: (r) => d(r, "1" + r.int(4, 8), 6), nat: [cut(1, raw("(0"), g([3, 4], " ", ") ")), g([1, 3, 4], " ", "0")], intl: [g([1, 3, 4], " ", "+353 ")] },
    { make: (r) => d(r, "21" + r.int(4, 9), 6), nat: [g([2, 3, 4], " ", "0"), cut(2, raw("(0"), g([3, 4], " ", ") "))], intl: [g([2, 3, 4], " ", "+353 ")] },
  ] },
  IN: { cc: "91", lines: [
    { make: (r) => d(r, String(r.int(7, 9)), 9), nat: [g([5, 5]), raw("0"), g([5, 5], "-"), g([5, 5], " ", "0")], intl: [g([5, 5], " ", "+91 "), raw("+91-"), g([5, 5], " ", "0091 "), raw("+91")] },
    { make: (r) => d(r, "11" + r.int(2, 4), 7), nat: [cut(2, raw("0"), g([4, 4], " ", "-")), cut(2, raw("0"), raw(" "))], intl: [g([2, 4, 4], " ", "+91 "), g([2, 8], "-", "+91-")] },
    { make: (r) => d(r, "80" + r.int(2, 4), 7), nat: [cut(2, raw("0"), g([4, 4], " ", "-"))], intl: [g([2, 4, 4], " ", "+91 ")] },
  ] },
  NZ: { cc: "64", lines: [
    { make: (r) => d(r, "2" + r.pick(["1", "2", "7"]), 7), nat: [g([2, 3, 4], " ", "0"), g([2, 3, 4], "-", "0"), raw("0")], intl: [g([2, 3, 4], " ", "+64 "), g([2, 3, 4], " ", "+64 (0)"), g([2, 3, 4], " ", "0064 ")] },
    { make: (r) => d(r, r.pick(["9", "4", "3"]) + r.int(3, 9), 6), nat: [cut(1, raw("(0"), g([3, 4], " ", ") ")), g([1, 3, 4], " ", "0"), g([1, 3, 4], "-", "0")], intl: [g([1, 3, 4], " ", "+64 ")] },
  ] },
  CA: { cc: "1", lines: [nanp(["416", "647", "604", "778", "514", "613", "403", "902", "306", "204", "709"])] },
  JM: { cc: "1", lines: [nanp(["876"])] },
  PH: { cc: "63", lines: [
    { make: (r) => d(r, "9" + r.pick(["05", "06", "15", "16", "17", "18", "19", "20", "21", "27", "28", "47", "55", "66", "77", "95", "98"]), 7), nat: [g([3, 3, 4], " ", "0"), g([3, 3, 4], "-", "0"), raw("0"), g([3, 7], " ", "0")], intl: [g([3, 3, 4], " ", "+63 "), cut(3, raw("+63 ("), g([3, 4], "-", ") ")), raw("+63"), g([3, 3, 4], "-", "+63-")] },
    { make: (r) => d(r, "28", 7), nat: [cut(1, raw("(0"), g([4, 4], " ", ") ")), g([1, 4, 4], "-", "0")], intl: [g([1, 4, 4], " ", "+63 ")] },
  ] },
  GH: { cc: "233", lines: [
    { make: (r) => d(r, r.pick(["24", "54", "55", "20", "50", "26", "27", "57", "59"]), 7), nat: [g([2, 3, 4], " ", "0"), raw("0"), g([2, 3, 4], "-", "0"), g([2, 3, 4], "", "0")], intl: [g([2, 3, 4], " ", "+233 "), g([2, 3, 4], " ", "+233 (0) "), g([2, 3, 4], " ", "00233 "), raw("+233")] },
    { make: (r) => d(r, "302", 6), nat: [g([2, 3, 4], " ", "0")], intl: [g([2, 3, 4], " ", "+233 ")] },
  ] },
  MT: { cc: "356", lines: [
    { make: (r) => d(r, r.pick(["79", "99", "77"]), 6), nat: [g([4, 4]), g([2, 3, 3]), raw()], intl: [g([4, 4], " ", "+356 "), g([4, 4], " ", "00356 "), raw("+356")] },
    { make: (r) => d(r, r.pick(["21", "27"]), 6), nat: [g([4, 4])], intl: [g([4, 4], " ", "+356 "), g([4, 4], " ", "(+356) ")] },
  ] },
  NO: { cc: "47", lines: [
    { make: (r) => d(r, r.pick(["4", "9"]), 7), nat: [g([3, 2, 3]), g([2, 2, 2, 2]), raw()], intl: [g([3, 2, 3], " ", "+47 "), g([2, 2, 2, 2], " ", "0047 "), raw("+47 "), raw("+47")] },
    { make: (r) => d(r, "22", 6), nat: [g([2, 2, 2, 2])], intl: [g([2, 2, 2, 2], " ", "+47 ")] },
  ] },
  DK: { cc: "45", lines: [
    { make: (r) => d(r, r.pick(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]), 6), nat: [g([2, 2, 2, 2]), g([4, 4]), raw()], intl: [g([2, 2, 2, 2], " ", "+45 "), g([4, 4], " ", "0045 "), raw("+45 ")] },
    { make: (r) => d(r, r.pick(["33", "35", "38", "86"]), 6), nat: [g([2, 2, 2, 2])], intl: [g([2, 2, 2, 2], " ", "+45 ")] },
  ] },
  IS: { cc: "354", lines: [
    { make: (r) => d(r, r.pick(["6", "7", "8"]) + r.int(1, 9), 5), nat: [g([3, 4]), g([3, 4], "-"), raw()], intl: [g([3, 4], " ", "+354 "), g([3, 4], " ", "00354 "), raw("+354")] },
    { make: (r) => d(r, "5" + r.int(1, 8), 5), nat: [g([3, 4])], intl: [g([3, 4], " ", "+354 ")] },
  ] },
  SK: { cc: "421", lines: [
    { make: (r) => d(r, "9" + r.pick(["0", "1", "4"]) + r.int(1, 9), 6), nat: [g([3, 3, 3], " ", "0"), cut(3, raw("0"), g([3, 3], " ", "/")), raw("0")], intl: [g([3, 3, 3], " ", "+421 "), g([3, 3, 3], " ", "00421 "), raw("+421")] },
    { make: (r) => d(r, "2" + r.int(4, 6), 7), nat: [cut(1, raw("0"), g([4, 4], " ", "/")), g([1, 4, 4], " ", "0")], intl: [g([1, 4, 4], " ", "+421 ")] },
  ] },
  SI: { cc: "386", lines: [
    { make: (r) => d(r, r.pick(["30", "31", "40", "41", "51", "64", "68", "69", "70"]), 6), nat: [g([2, 3, 3], " ", "0"), g([2, 3, 3], "-", "0"), raw("0")], intl: [g([2, 3, 3], " ", "+386 "), g([2, 3, 3], " ", "+386 (0)"), g([2, 3, 3], " ", "00386 ")] },
    { make: (r) => d(r, "1" + r.int(2, 5), 6), nat: [cut(1, raw("(0"), g([3, 2, 2], " ", ") ")), g([1, 3, 2, 2], " ", "0")], intl: [g([1, 3, 2, 2], " ", "+386 ")] },
  ] },
  HU: { cc: "36", lines: [
    { make: (r) => d(r, r.pick(["20", "30", "70", "31"]), 7), nat: [g([2, 3, 4], " ", "06 "), cut(2, raw("06-"), g([3, 4], "-", "/")), g([2, 3, 2, 2], " ", "06 "), raw("06")], intl: [g([2, 3, 4], " ", "+36 "), g([2, 3, 4], "-", "+36-"), g([2, 3, 4], " ", "0036 "), cut(2, raw("+36 ("), g([3, 4], " ", ") "))] },
    { make: (r) => d(r, "1" + r.int(2, 4), 6), nat: [g([1, 3, 4], " ", "06 "), cut(1, raw("(06-"), g([3, 4], "-", ") "))], intl: [g([1, 3, 4], " ", "+36 ")] },
  ] },
  LT: { cc: "370", lines: [
    { make: (r) => d(r, "6", 7), nat: [g([3, 5], " ", "8 "), g([3, 5], "-", "8-"), raw("8")], intl: [g([3, 5], " ", "+370 "), g([4, 4], " ", "+370 "), g([3, 5], " ", "00370 ")] },
    { make: (r) => d(r, "5" + r.int(2, 2), 6), nat: [cut(1, raw("(8 "), g([3, 4], " ", ") ")), g([1, 3, 4], " ", "8 ")], intl: [g([1, 3, 4], " ", "+370 ")] },
  ] },
  LV: { cc: "371", lines: [
    { make: (r) => d(r, "2" + r.int(0, 9), 6), nat: [g([2, 3, 3]), g([4, 4]), raw()], intl: [g([4, 4], " ", "+371 "), g([2, 3, 3], " ", "+371 "), raw("00371 ")] },
    { make: (r) => d(r, "67", 6), nat: [g([2, 3, 3])], intl: [g([4, 4], " ", "+371 ")] },
  ] },
  BG: { cc: "359", lines: [
    { make: (r) => d(r, r.pick(["87", "88", "89"]) + r.int(2, 9), 6), nat: [g([3, 3, 3], " ", "0"), cut(3, raw("0"), g([3, 3], "-", "/")), g([2, 3, 4], " ", "0"), raw("0")], intl: [g([3, 3, 3], " ", "+359 "), g([2, 3, 4], " ", "+359 "), g([3, 6], " ", "00359 ")] },
    { make: (r) => d(r, "2" + r.int(8, 9), 6), nat: [g([1, 3, 4], " ", "0"), cut(1, raw("0"), g([3, 2, 2], " ", "/"))], intl: [g([1, 3, 4], " ", "+359 ")] },
  ] },
  UA: { cc: "380", lines: [
    { make: (r) => d(r, r.pick(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]), 7), nat: [g([2, 3, 2, 2], " ", "0"), cut(2, raw("(0"), g([3, 2, 2], "-", ") ")), raw("0"), g([2, 3, 2, 2], "-", "0")], intl: [g([2, 3, 4], " ", "+380 "), cut(2, raw("+380 ("), g([3, 2, 2], "-", ") ")), cut(2, raw("+38 (0"), g([3, 2, 2], "-", ") ")), raw("+380")] },
    { make: (r) => d(r, "44" + r.int(2, 5), 6), nat: [cut(2, raw("(0"), g([3, 2, 2], "-", ") "))], intl: [g([2, 3, 4], " ", "+380 ")] },
  ] },
  RS: { cc: "381", lines: [
    { make: (r) => d(r, "6" + r.pick(["0", "1", "2", "3", "4", "5", "6"]), 7), nat: [g([2, 3, 4], " ", "0"), cut(2, raw("0"), g([3, 4], "-", "/")), g([2, 3, 2, 2], " ", "0"), raw("0")], intl: [g([2, 3, 4], " ", "+381 "), g([2, 3, 4], " ", "+381 (0)"), g([2, 7], " ", "00381 ")] },
    { make: (r) => d(r, "11" + r.int(2, 4), 6), nat: [g([2, 3, 4], " ", "0"), cut(2, raw("0"), g([3, 4], "-", "/"))], intl: [g([2, 3, 4], " ", "+381 ")] },
  ] },
  PT: { cc: "351", lines: [
    { make: (r) => d(r, "9" + r.pick(["1", "2", "3", "6"]), 7), nat: [g([3, 3, 3]), raw(), g([3, 3, 3], ".")], intl: [g([3, 3, 3], " ", "+351 "), g([3, 3, 3], " ", "00351 "), raw("+351")] },
    { make: (r) => d(r, r.pick(["21", "22"]) + r.int(1, 9), 6), nat: [g([3, 3, 3])], intl: [g([3, 3, 3], " ", "+351 ")] },
  ] },
  ES: { cc: "34", lines: [
    { make: (r) => d(r, "6", 8), nat: [g([3, 2, 2, 2]), g([3, 3, 3]), raw()], intl: [g([3, 2, 2, 2], " ", "+34 "), g([3, 3, 3], " ", "0034 "), raw("+34 ")] },
    { make: (r) => d(r, "93" + r.int(2, 4), 6), nat: [g([2, 3, 2, 2]), g([3, 3, 3])], intl: [g([2, 3, 2, 2], " ", "+34 ")] },
    { make: (r) => d(r, "972", 6), nat: [g([3, 2, 2, 2])], intl: [g([3, 3, 3], " ", "+34 ")] },
  ] },
  BE: { cc: "32", lines: [
    { make: (r) => d(r, "4" + r.pick(["7", "8", "9"]) + r.int(0, 9), 6), nat: [g([3, 2, 2, 2], " ", "0"), cut(3, raw("0"), g([2, 2, 2], ".", "/")), g([3, 3, 3], " ", "0"), raw("0")], intl: [g([3, 2, 2, 2], " ", "+32 "), g([3, 2, 2, 2], " ", "+32 (0)"), g([3, 2, 2, 2], " ", "0032 "), raw("+32")] },
    { make: (r) => d(r, "2" + r.int(2, 7), 6), nat: [g([1, 3, 2, 2], " ", "0"), cut(1, raw("0"), g([3, 2, 2], ".", "/"))], intl: [g([1, 3, 2, 2], " ", "+32 ")] },
  ] },
  LU: { cc: "352", lines: [
    { make: (r) => d(r, "6" + r.pick(["2", "6", "9"]) + "1", 6), nat: [g([3, 3, 3]), raw()], intl: [g([3, 3, 3], " ", "+352 "), g([3, 3, 3], " ", "00352 "), raw("+352")] },
    { make: (r) => d(r, r.pick(["26", "27", "24"]), 6), nat: [g([2, 2, 2, 2])], intl: [g([2, 2, 2, 2], " ", "+352 ")] },
  ] },
  AR: { cc: "54", lines: [
    { make: (r) => d(r, "911" + r.int(2, 6), 7), nat: [(n) => `011 15-${grp(n.slice(3), [4, 4], "-")}`, (n) => `(011) 15 ${grp(n.slice(3), [4, 4], "-")}`], intl: [(n) => `+54 9 11 ${grp(n.slice(3), [4, 4], "-")}`, (n) => `+54 9 11 ${grp(n.slice(3), [4, 4], " ")}`, raw("+54")] },
    { make: (r) => d(r, "11" + r.int(4, 6), 7), nat: [(n) => `(011) ${grp(n.slice(2), [4, 4], "-")}`, (n) => `011 ${grp(n.slice(2), [4, 4], "-")}`], intl: [(n) => `+54 11 ${grp(n.slice(2), [4, 4], "-")}`] },
    { make: (r) => d(r, "351" + r.int(4, 6), 6), nat: [(n) => `(0351) ${grp(n.slice(3), [3, 4], "-")}`], intl: [(n) => `+54 351 ${grp(n.slice(3), [3, 4], "-")}`] },
  ] },
  MX: { cc: "52", lines: [
    { make: (r) => d(r, r.pick(["55", "33", "81"]) + r.int(1, 9), 7), nat: [g([2, 4, 4]), cut(2, raw("("), g([4, 4], "-", ") ")), g([2, 4, 4], "-"), raw()], intl: [g([2, 4, 4], " ", "+52 "), cut(2, raw("+52 ("), g([4, 4], " ", ") ")), g([2, 4, 4], " ", "0052 "), raw("+52")] },
    { make: (r) => d(r, r.pick(["222", "442", "999"]) + r.int(2, 9), 6), nat: [g([3, 3, 4]), cut(3, raw("("), g([3, 4], "-", ") "))], intl: [g([3, 3, 4], " ", "+52 ")] },
  ] },
}

export const parsesTo = (written: string, cc: CountryCode, nsn: string) => {
  const p = parsePhoneNumberFromString(written.replace(/\s+/g, " "), cc)
  return p?.isValid() === true && p.nationalNumber === nsn && p.country === cc
}

export interface Drawn { written: string; nsn: string; intl: boolean }

/** A valid number of the country written one of its ways; `intl` forces (true) or forbids (false) the international form. */
export function drawPhone(r: Rng, cc: CountryCode, intl?: boolean): Drawn {
  const plan = PLANS[cc]!
  for (let i = 0; i < 200; i++) {
    const line = r.chance(0.7) ? plan.lines[0]! : r.pick(plan.lines)
    const useIntl = intl ?? r.chance(0.4)
    const nsn = line.make(r)
    const written = r.pick(useIntl ? line.intl : line.nat)(nsn)
    if (parsesTo(written, cc, nsn)) return { written, nsn, intl: useIntl }
  }
  throw new Error(`holdout40: no valid ${cc} phone in 200 draws`)
}


export const e164 = (cc: CountryCode, nsn: string) => `+${PLANS[cc]!.cc}${nsn}`
