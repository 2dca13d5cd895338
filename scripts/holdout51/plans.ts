// Numbering plans of the corpus's fifteen countries: how a mobile, a landline and a business line are drawn (national
// significant numbers, kept only when libphonenumber-js/max calls them valid in that country) and how each is grouped.
// Where a regulator publishes numbers for drama and examples and libphonenumber-js/max calls them valid, they are used:
// Ofcom's 0161 496 0xxx-style landlines and 0808 157 0xxx, ACMA's 0491 570 xxx mobiles, 02 5550 / 7010 landlines and
// 1300 975 xxx, ARCEP's 01 99 00 xx xx-style landlines, and the German 030 23125 xxx-style drama landlines.
import type { CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export interface Drawn { nsn: string; groups: number[]; trunk: string; land: boolean }
type Gen = (r: Rng) => Drawn
export interface Plan { cc: CountryCode; code: string; mobile: Gen; fixed: Gen; biz: Gen; formats: string[]; said: "digits" | "pairs" }

const g = (nsn: string, groups: number[], trunk = "0", land = false): Drawn => ({ nsn, groups, trunk, land })
const AU_MOBILE = ["570006", "570156", "570157", "570158", "570159", "570110", "570313", "570737", "571266", "571491", "571804", "572549", "572665", "572983", "573770", "573087", "574118", "574632", "575254", "575789", "576398", "576801", "577426", "577644", "578957", "578148", "578888", "579212", "579760", "579455"]
const GB_DRAMA: Array<[string, number[]]> = [["207946", [2, 4, 4]], ["1614960", [3, 3, 4]], ["1214960", [3, 3, 4]], ["1134960", [3, 3, 4]], ["1144960", [3, 3, 4]], ["1154960", [3, 3, 4]], ["1174960", [3, 3, 4]], ["1184960", [3, 3, 4]], ["1414960", [3, 3, 4]], ["1314960", [3, 3, 4]], ["2920180", [2, 4, 4]], ["2890180", [2, 4, 4]]]
const FR_DRAMA = ["19900", "26191", "35301", "46571", "53649"]
const DE_DRAMA: Array<[string, number[]]> = [["3023125", [2, 8]], ["6990009", [2, 8]], ["4066969", [2, 8]], ["8999998", [2, 8]], ["2214710", [3, 7]]]
const US_NPA = ["212", "312", "415", "617", "206", "303", "512", "404", "718", "773", "213", "305", "602", "713", "614", "919", "503", "612"]
const CA_NPA = ["416", "647", "604", "778", "514", "438", "613", "403", "587", "902", "204", "306", "780", "905"]
const TOLL_US = ["800", "888", "877", "866", "855"]
const nxx = (r: Rng) => {
  for (;;) {
    const x = `${r.int(2, 9)}${r.digits(2)}`
    if (x !== "555" && !/^\d11$/.test(x)) return x
  }
}

const NANP_FORMATS = ["us1", "us2", "us3", "us4", "us5", "us6", "us7", "e164", "us8"]
export const PLANS: Record<string, Plan> = {
  US: { cc: "US", code: "1", said: "digits", formats: NANP_FORMATS, mobile: (r) => g(r.pick(US_NPA) + nxx(r) + r.digits(4), [3, 3, 4], ""), fixed: (r) => g(r.pick(US_NPA) + nxx(r) + r.digits(4), [3, 3, 4], "", true), biz: (r) => g(r.pick(TOLL_US) + nxx(r) + r.digits(4), [3, 3, 4], "", true) },
  CA: { cc: "CA", code: "1", said: "digits", formats: NANP_FORMATS, mobile: (r) => g(r.pick(CA_NPA) + nxx(r) + r.digits(4), [3, 3, 4], ""), fixed: (r) => g(r.pick(CA_NPA) + nxx(r) + r.digits(4), [3, 3, 4], "", true), biz: (r) => g(r.pick(["416", "604", "514"]) + nxx(r) + r.digits(4), [3, 3, 4], "", true) },
  GB: {
    cc: "GB", code: "44", said: "digits", formats: ["nat", "nat", "natc", "intl", "intl0", "idd", "e164", "natbr"],
    mobile: (r) => g("7" + r.pick(["4", "5", "7", "8", "9"]) + r.digits(8), [4, 6]),
    fixed: (r) => { const [p, gr] = r.pick(GB_DRAMA); return g(p + r.digits(10 - p.length), gr, "0", true) },
    biz: (r) => g("8081570" + r.digits(3), [3, 3, 4], "0", true),
  },
  IE: {
    cc: "IE", code: "353", said: "digits", formats: ["nat", "nat", "natc", "natbr", "intl", "intl0", "idd", "e164"],
    mobile: (r) => g(r.pick(["83", "85", "86", "87", "89"]) + r.digits(7), [2, 3, 4]),
    fixed: (r) => (r.chance(0.5) ? g("1" + r.int(2, 9) + r.digits(6), [1, 3, 4], "0", true) : g(r.pick(["21", "91", "61", "51"]) + r.int(2, 9) + r.digits(6), [2, 3, 4], "0", true)),
    biz: (r) => g("1800" + r.int(2, 9) + r.digits(5), [4, 3, 3], "", true),
  },
  AU: {
    cc: "AU", code: "61", said: "digits", formats: ["nat", "nat", "natc", "natbr", "intl", "e164"],
    mobile: (r) => g("491" + r.pick(AU_MOBILE), [3, 3, 3]),
    fixed: (r) => g(r.pick(["2", "3", "7", "8"]) + r.pick(["5550", "7010"]) + r.digits(4), [1, 4, 4], "0", true),
    biz: (r) => g("1300975" + r.int(707, 998), [4, 3, 3], "", true),
  },
  IN: {
    cc: "IN", code: "91", said: "digits", formats: ["nat", "nat", "natc", "natd", "intl", "intld", "idd", "e164"],
    mobile: (r) => g(r.pick(["98", "99", "97", "94", "93", "88", "87", "70", "73", "63"]) + r.digits(8), [5, 5], ""),
    fixed: (r) => g(r.pick(["11", "22", "80", "44", "40", "33"]) + r.int(2, 6) + r.digits(7), [2, 4, 4], "0", true),
    biz: (r) => g("1800" + r.int(1, 4) + r.digits(6), [4, 3, 4], "", true),
  },
  ZA: {
    cc: "ZA", code: "27", said: "digits", formats: ["nat", "nat", "natc", "natd", "natbr", "intl", "intl0", "idd", "e164"],
    mobile: (r) => g(r.pick(["82", "83", "84", "72", "73", "71", "76", "79", "60", "81"]) + r.digits(7), [2, 3, 4]),
    fixed: (r) => g(r.pick(["21", "11", "31", "12", "41"]) + r.int(2, 9) + r.digits(6), [2, 3, 4], "0", true),
    biz: (r) => g("860" + r.digits(6), [3, 3, 3], "0", true),
  },
  DE: {
    cc: "DE", code: "49", said: "digits", formats: ["nat", "nat", "natc", "natslash", "natslash", "natd", "natbr", "intl", "intl0", "idd", "e164"],
    mobile: (r) => (r.chance(0.5) ? g(r.pick(["151", "152", "157", "160", "162", "170", "171", "175", "176", "177", "178", "179"]) + r.digits(r.chance(0.5) ? 8 : 7), [3, 8]) : g(r.pick(["151", "160", "170", "171", "175"]) + r.digits(7), [3, 7])),
    fixed: (r) => { const [p, gr] = r.pick(DE_DRAMA); return g(p + r.digits(3), gr, "0", true) },
    biz: (r) => g("800" + r.int(1, 9) + r.digits(6), [3, 7], "0", true),
  },
  FR: {
    cc: "FR", code: "33", said: "pairs", formats: ["nat", "nat", "natdot", "natc", "intl", "intl0", "idd", "e164"],
    mobile: (r) => g(r.pick(["6", "7"]) + r.digits(8), [1, 2, 2, 2, 2]),
    fixed: (r) => g(r.pick(FR_DRAMA) + r.digits(4), [1, 2, 2, 2, 2], "0", true),
    biz: (r) => g("1" + "9900" + r.digits(4), [1, 2, 2, 2, 2], "0", true),
  },
  ES: {
    cc: "ES", code: "34", said: "digits", formats: ["nat", "nat", "natc", "intl", "idd", "e164"],
    mobile: (r) => g("6" + r.digits(8), r.chance(0.5) ? [3, 3, 3] : [3, 2, 2, 2], ""),
    fixed: (r) => g(r.pick(["91", "93", "96", "95", "94"]) + r.int(2, 8) + r.digits(6), [2, 3, 2, 2], "", true),
    biz: (r) => g("900" + r.digits(6), [3, 3, 3], "", true),
  },
  IT: {
    cc: "IT", code: "39", said: "digits", formats: ["nat", "nat", "natc", "intl", "idd", "e164"],
    mobile: (r) => g("3" + r.pick(["20", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48", "49", "66", "88", "89", "93"]) + r.digits(7), r.chance(0.6) ? [3, 3, 4] : [3, 7], ""),
    fixed: (r) => g(r.pick(["06", "02"]) + r.int(3, 9) + r.digits(7), [2, 4, 4], "", true),
    biz: (r) => g("800" + r.digits(6), [3, 3, 3], "", true),
  },
  NL: {
    cc: "NL", code: "31", said: "digits", formats: ["nat", "natd", "natc", "intl", "intl0", "idd", "e164"],
    mobile: (r) => g("6" + r.int(1, 5) + r.digits(7), r.chance(0.5) ? [1, 8] : [1, 2, 2, 2, 2]),
    fixed: (r) => g(r.pick(["20", "10", "30", "70", "40"]) + r.int(2, 8) + r.digits(6), [2, 3, 4], "0", true),
    biz: (r) => g("800" + r.digits(4), [3, 4], "0", true),
  },
  PT: {
    cc: "PT", code: "351", said: "digits", formats: ["nat", "nat", "natc", "intl", "idd", "e164"],
    mobile: (r) => g("9" + r.pick(["1", "2", "3", "6"]) + r.digits(7), [3, 3, 3], ""),
    fixed: (r) => g(r.pick(["21", "22"]) + r.int(1, 9) + r.digits(6), [2, 3, 4], "", true),
    biz: (r) => g("808" + r.int(2, 9) + r.digits(5), [3, 3, 3], "", true),
  },
  PL: {
    cc: "PL", code: "48", said: "digits", formats: ["nat", "nat", "natd", "natc", "natbr", "intl", "idd", "e164"],
    mobile: (r) => g(r.pick(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + r.digits(7), [3, 3, 3], ""),
    fixed: (r) => g(r.pick(["22", "12", "61", "71", "58"]) + r.int(2, 8) + r.digits(6), [2, 3, 2, 2], "", true),
    biz: (r) => g("800" + r.digits(6), [3, 3, 3], "", true),
  },
  SE: {
    cc: "SE", code: "46", said: "digits", formats: ["natd", "natd", "nat", "natc", "intl", "intl0", "idd", "e164"],
    mobile: (r) => g("7" + r.pick(["0", "2", "3", "6", "9"]) + r.digits(7), [2, 3, 2, 2]),
    fixed: (r) => (r.chance(0.5) ? g("8" + r.int(5, 7) + r.digits(7), [1, 3, 3, 2], "0", true) : g("31" + r.int(3, 7) + r.digits(5), [2, 2, 2, 2], "0", true)),
    biz: (r) => g("20" + r.digits(6), [2, 3, 3], "0", true),
  },
}
