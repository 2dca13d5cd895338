// Phone numbers made valid by libphonenumber-js/max, written the way each
// country writes them. The span is the number as written; an extension is not in it.
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max"
import type { Rng } from "./rng"

// national significant number shapes: a prefix and the digits that follow
const NSN: Record<string, [string, number][]> = {
  US: [["212", 7], ["415", 7], ["312", 7], ["617", 7], ["206", 7], ["303", 7], ["512", 7], ["404", 7], ["702", 7]],
  CA: [["416", 7], ["604", 7], ["514", 7], ["403", 7], ["613", 7]],
  GB: [["7" + "4", 8], ["77", 8], ["79", 8], ["207", 7], ["161", 7], ["131", 7], ["1632", 6], ["117", 7]],
  IE: [["83", 7], ["85", 7], ["86", 7], ["87", 7], ["1", 7], ["21", 7], ["91", 7]],
  AU: [["4", 8], ["2", 8], ["3", 8], ["7", 8], ["8", 8]],
  DE: [["151", 8], ["160", 7], ["170", 7], ["176", 8], ["30", 8], ["89", 7], ["40", 8], ["221", 7]],
  AT: [["664", 7], ["1", 7], ["316", 6]],
  CH: [["79", 7], ["44", 7], ["31", 7]],
  FR: [["6", 8], ["7", 8], ["1", 8], ["4", 8], ["5", 8]],
  BE: [["47", 7], ["2", 7]],
  IT: [["32", 8], ["33", 8], ["34", 8], ["02", 8], ["06", 8], ["011", 7]],
  NL: [["6", 8], ["20", 7], ["10", 7], ["30", 7]],
  PL: [["50", 7], ["60", 7], ["69", 7], ["78", 7], ["88", 7], ["22", 7], ["12", 7]],
  CZ: [["60", 7], ["73", 7], ["77", 7], ["2", 8], ["5", 8]],
  IN: [["98", 8], ["91", 8], ["70", 8]],
  NG: [["803", 7], ["806", 7], ["813", 7]],
  BR: [["119", 8], ["219", 8]],
  JP: [["90", 8], ["80", 8]],
  AE: [["50", 7], ["55", 7]],
  ZA: [["82", 7], ["83", 7]],
  PH: [["917", 7], ["918", 7]],
  TR: [["532", 7], ["542", 7]],
  MX: [["55", 8], ["33", 8]],
}

export interface Phone {
  text: string
  country: string
}

function validNsn(r: Rng, country: string): string {
  const shapes = NSN[country]
  if (!shapes) throw new Error(`no phone shapes for ${country}`)
  for (let i = 0; i < 400; i++) {
    const [pre, n] = r.pick(shapes)
    const nsn = pre + r.digits(n)
    if (country === "US" || country === "CA") {
      if (!/^[2-9]/.test(nsn.slice(3)) || nsn.slice(3, 6) === "555") continue
    }
    const p = parsePhoneNumberFromString(nsn, country as CountryCode)
    if (p?.isValid() && p.country === country) return p.nationalNumber
  }
  throw new Error(`no valid number for ${country}`)
}

type Style = "national" | "intl" | "e164" | "00" | "dots" | "dashes" | "dash1" | "slash" | "plain"

function render(nsn: string, country: string, style: Style): string {
  const p = parsePhoneNumberFromString(nsn, country as CountryCode)
  if (!p) throw new Error("unparsable")
  const nat = p.formatNational()
  const intl = p.formatInternational()
  switch (style) {
    case "national":
      return nat
    case "intl":
      return intl
    case "e164":
      return p.number
    case "00":
      return `00${intl.slice(1)}`
    case "dots":
      return nat.replace(/[()]/g, "").replace(/[ -]/g, ".")
    case "dashes":
      return nat.replace(/[()]/g, "").replace(/ /g, "-")
    case "dash1":
      return nat.replace(" ", "-").replace(/ /g, "")
    case "slash":
      return nat.replace(" ", "/")
    case "plain":
      return nat.replace(/[^0-9]/g, "")
  }
}

const STYLES: Record<string, Style[]> = {
  US: ["national", "national", "dashes", "dots", "intl", "e164"],
  CA: ["national", "dashes", "intl"],
  GB: ["national", "national", "intl", "plain", "e164"],
  IE: ["national", "intl", "plain"],
  AU: ["national", "national", "intl", "plain"],
  DE: ["national", "slash", "intl", "00", "plain"],
  AT: ["national", "intl", "00"],
  CH: ["national", "intl", "00"],
  FR: ["national", "dots", "intl", "00"],
  BE: ["national", "intl"],
  IT: ["national", "plain", "intl", "00"],
  NL: ["national", "dash1", "intl", "00"],
  PL: ["national", "intl", "00", "e164"],
  CZ: ["national", "intl", "00", "e164"],
}

/** A valid phone of `country`; callers from abroad (or with no STYLES entry) are written with `+`. */
export function phone(r: Rng, country: string, abroad = false): Phone {
  const nsn = validNsn(r, country)
  const intl: Style[] = ["intl", "e164"]
  const style = r.pick(abroad ? intl : (STYLES[country] ?? intl))
  const text = render(nsn, country, style)
  const back = parsePhoneNumberFromString(text, country as CountryCode)
  if (!back?.isValid() || back.nationalNumber !== nsn) throw new Error(`phone ${text} does not parse back`)
  return { text, country }
}

export const FOREIGN = ["IN", "NG", "BR", "JP", "AE", "ZA", "PH", "TR", "MX"]
