// Phone numbers made valid by libphonenumber-js/max, then written the way
// people in that country write them; every written form is re-parsed.
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

type Pattern = (r: Rng) => string
const NSN: Record<string, Pattern[]> = {
  US: [(r) => r.pick(["212", "305", "415", "617", "312", "206", "503", "702", "404", "713"]) + r.int(201, 989) + r.digits(4)],
  CA: [(r) => r.pick(["416", "647", "604", "778", "514", "403", "613", "902", "204", "306"]) + r.int(201, 989) + r.digits(4)],
  GB: [(r) => "7" + r.int(4, 9) + r.digits(8), (r) => "20" + r.pick(["7", "3", "8"]) + r.digits(7), (r) => r.pick(["161", "131", "113", "117"]) + r.int(2, 9) + r.digits(6)],
  NZ: [(r) => r.pick(["21", "22", "27"]) + r.int(2, 9) + r.digits(6), (r) => r.pick(["9", "4", "3"]) + r.int(2, 9) + r.digits(6)],
  ES: [(r) => "6" + r.digits(8), (r) => r.pick(["91", "93", "96", "95"]) + r.int(2, 8) + r.digits(6)],
  PT: [(r) => r.pick(["91", "92", "93", "96"]) + r.digits(7), (r) => r.pick(["21", "22"]) + r.int(1, 9) + r.digits(6)],
  IT: [(r) => "3" + r.int(20, 93) + r.digits(7), (r) => r.pick(["06", "02", "011", "055"]) + r.digits(7)],
  PL: [(r) => r.pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + r.digits(7), (r) => r.pick(["22", "12", "61", "71"]) + r.int(2, 8) + r.digits(6)],
  CZ: [(r) => r.pick(["60", "72", "73", "77", "79"]) + r.digits(7), (r) => "2" + r.int(2, 9) + r.digits(7)],
  FI: [(r) => r.pick(["40", "41", "44", "45", "50"]) + r.digits(7), (r) => "9" + r.int(2, 8) + r.digits(6)],
  EE: [(r) => "5" + r.digits(7), (r) => r.pick(["6", "7"]) + r.int(1, 9) + r.digits(5)],
  DE: [(r) => r.pick(["151", "160", "170", "176"]) + r.digits(8)],
  FR: [(r) => r.pick(["6", "7"]) + r.digits(8)],
  AU: [(r) => "4" + r.int(0, 9) + r.digits(7)],
  IN: [(r) => r.pick(["98", "99", "97", "88", "70"]) + r.digits(8)],
  BR: [(r) => r.pick(["11", "21", "31"]) + "9" + r.int(6, 9) + r.digits(7)],
  JP: [(r) => r.pick(["90", "80", "70"]) + r.int(1, 9) + r.digits(7)],
  ZA: [(r) => r.pick(["82", "83", "72", "76"]) + r.digits(7)],
  AE: [(r) => r.pick(["50", "52", "55"]) + r.digits(7)],
  MX: [(r) => r.pick(["55", "33", "81"]) + r.int(1, 9) + r.digits(7)],
  IE: [(r) => r.pick(["83", "85", "86", "87"]) + r.int(2, 9) + r.digits(6)],
  NG: [(r) => r.pick(["803", "806", "813", "703"]) + r.digits(7)],
  PH: [(r) => "9" + r.pick(["17", "27", "45", "98"]) + r.digits(7)],
}
export const FOREIGN = ["DE", "FR", "AU", "IN", "BR", "JP", "ZA", "AE", "MX", "IE", "NG", "PH"]

export type Style = "national" | "intl" | "intl-dash" | "intl-dot" | "e164" | "00" | "nat-dot" | "nat-dash" | "nat-compact" | "nat-paren"

function parsed(r: Rng, region: string) {
  const patterns = NSN[region]
  if (!patterns) throw new Error(`no phone pattern for ${region}`)
  for (let i = 0; i < 400; i++) {
    const nsn = r.pick(patterns)(r).replace(/^0/, "")
    const p = parsePhoneNumberFromString(nsn, region as CountryCode)
    if (p?.isValid() && p.country === region) return p
  }
  throw new Error(`could not make a valid ${region} number`)
}

function write(p: NonNullable<ReturnType<typeof parsePhoneNumberFromString>>, style: Style): string {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  switch (style) {
    case "national": return nat
    case "intl": return intl
    case "intl-dash": return intl.replace(/ /g, "-").replace("+1-", "+1 ")
    case "intl-dot": return "+" + p.countryCallingCode + " " + intl.split(" ").slice(1).join(".")
    case "e164": return p.number
    case "00": return intl.replace(/^\+/, "00")
    case "nat-dot": return nat.replace(/[()]/g, "").replace(/[ -]/g, ".")
    case "nat-dash": return nat.replace(/[()]/g, "").replace(/ /g, "-").replace(/-+/g, "-")
    case "nat-compact": return nat.replace(/[^0-9]/g, "")
    case "nat-paren": return nat
  }
}

/** A valid number for `region`, written in `style` (or a style local people use). */
export function phone(r: Rng, region: string, style?: Style): string {
  const p = parsed(r, region)
  const want = style ?? r.pick<Style>(["national", "national", "intl", "intl", "nat-compact", "e164", "nat-dash", "00", "intl-dot", "nat-dot"])
  const written = write(p, want)
  const back = parsePhoneNumberFromString(written, region as CountryCode)
  if (back?.isValid() && back.number === p.number) return written
  return p.formatInternational()
}
