// Phones drawn from each country's numbering plan and kept only when libphonenumber-js/max calls them valid there;
// written the ways people write them, every written form parsed back to the same number before it is used.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

/** National digit patterns (`x` any digit, `n` 2-9); the last of each list is the country's toll-free or service range. */
const PLANS: Record<string, string[]> = {
  US: ["212nxxxxxx", "312nxxxxxx", "415nxxxxxx", "617nxxxxxx", "713nxxxxxx", "206nxxxxxx", "404nxxxxxx", "8008nxxxxx"],
  GB: ["074xxxxxxxx", "075xxxxxxxx", "077xxxxxxxx", "079xxxxxxxx", "0207xxxxxxx", "0161nxxxxxx", "0131nxxxxxx", "0800nxxxxxx"],
  SG: ["8xxxxxxx", "9xxxxxxx", "6nxxxxxx", "1800nxxxxxx"],
  PH: ["0917xxxxxxx", "0918xxxxxxx", "0927xxxxxxx", "0998xxxxxxx", "028nxxxxxx"],
  KE: ["0712xxxxxx", "0722xxxxxx", "0733xxxxxx", "0110xxxxxx", "020nxxxxxx"],
  NG: ["0803xxxxxxx", "0806xxxxxxx", "0813xxxxxxx", "0703xxxxxxx", "0905xxxxxxx", "01nxxxxxxx"],
  JM: ["876nxxxxxx", "658nxxxxxx"],
  NO: ["4xxxxxxx", "9xxxxxxx", "22xxxxxx", "23xxxxxx", "800xxxxx"],
  FI: ["040xxxxxxx", "050xxxxxxx", "044xxxxxxx", "09nxxxxxx", "0800xxxxxx"],
  HU: ["0620xxxxxxx", "0630xxxxxxx", "0670xxxxxxx", "061nxxxxxx", "0680xxxxxx"],
  RO: ["072xxxxxxx", "074xxxxxxx", "075xxxxxxx", "021nxxxxxx", "0800xxxxxx"],
  GR: ["690xxxxxxx", "694xxxxxxx", "697xxxxxxx", "698xxxxxxx", "210nxxxxxx", "800xxxxxxx"],
  HR: ["091xxxxxxx", "095xxxxxxx", "098xxxxxxx", "099xxxxxxx", "01nxxxxxx", "0800xxxxxx"],
  SK: ["0905xxxxxx", "0911xxxxxx", "0944xxxxxx", "02nxxxxxxx", "0800xxxxxx"],
  SI: ["031xxxxxx", "041xxxxxx", "051xxxxxx", "070xxxxxx", "01nxxxxxx", "080xxxx"],
  AT: ["0664xxxxxxx", "0676xxxxxxx", "0650xxxxxxx", "01nxxxxxx", "0800xxxxxx"],
  BE: ["047xxxxxxx", "048xxxxxxx", "049xxxxxxx", "02nxxxxxx", "0800xxxxx"],
  BR: ["119xxxxxxxx", "219xxxxxxxx", "319xxxxxxxx", "113nxxxxxx", "0800xxxxxxx"],
}

function fill(pattern: string, r: Rng): string {
  return [...pattern].map((c) => (c === "x" ? String(r.int(10)) : c === "n" ? String(2 + r.int(8)) : c)).join("")
}

export function parsedIn(v: string, cc: CountryCode): PhoneNumber | undefined {
  const p = parsePhoneNumberFromString(v, cc)
  return p && p.isValid() && (/^(\+|00)/.test(v) || p.country === cc) ? p : undefined
}

/** A valid number of the country; `line` asks for the toll-free or service range (the last pattern). */
export function drawPhone(r: Rng, cc: CountryCode, line = false): PhoneNumber {
  const plan = PLANS[cc]!
  for (let i = 0; i < 500; i++) {
    const pat = line ? plan[plan.length - 1]! : plan[r.int(plan.length - 1)]!
    const p = parsedIn(fill(pat, r), cc)
    if (p && p.country === cc && !(["US", "JM"].includes(cc) && p.nationalNumber.slice(3, 6) === "555")) return p
  }
  throw new Error(`no valid phone for ${cc}`)
}

const NANP = ["US", "JM"]
/** The written forms of a number that read back to it in its country. */
export function writtenForms(p: PhoneNumber, cc: CountryCode): string[] {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const code = p.countryCallingCode
  const rest = intl.slice(code.length + 2)
  const groups = nat.replace(/[()]/g, "").split(/[\s-]+/)
  const forms = [nat, nat, intl, intl, p.number, nat.replace(/\D/g, "")]
  if (NANP.includes(cc)) forms.push(groups.join("-"), groups.join("."), `1-${groups.join("-")}`, `+1 ${groups.join("-")}`, `+1-${groups.join("-")}`, `(${groups[0]}) ${groups[1]}-${groups[2]}`)
  else {
    forms.push(`00${code} ${rest}`, `+${code}-${rest.replace(/ /g, "-")}`)
    if (groups.length > 2) forms.push(`${groups[0]} ${groups.slice(1).join("")}`, groups.join("."))
    if (!["GB", "BR"].includes(cc) && groups.length > 1) forms.push(groups.join("-"))
    if (["AT", "HU", "SK", "HR"].includes(cc) && groups.length > 1) forms.push(`${groups[0]}/${groups.slice(1).join(" ")}`)
    if (["GB", "AT", "BE", "FI", "SK", "SI", "HR", "RO"].includes(cc) && nat.startsWith("0")) forms.push(`+${code} (0)${nat.replace(/^\(?0/, "").replace(/^(\d+)\)/, "$1")}`)
    if (!nat.startsWith("(") && groups.length > 2 && ["GB", "AT", "HU", "RO", "NG", "KE", "PH"].includes(cc)) forms.push(`(${groups[0]}) ${groups.slice(1).join(" ")}`)
  }
  return [...new Set(forms)].filter((f) => {
    const q = parsedIn(f, cc)
    return !!q && q.number === p.number
  })
}

export const DIGIT_WORDS: Record<string, string[]> = {
  en: "zero one two three four five six seven eight nine".split(" "),
  nb: "null en to tre fire fem seks sju åtte ni".split(" "),
  fi: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split(" "),
  hu: "nulla egy kettő három négy öt hat hét nyolc kilenc".split(" "),
  ro: "zero unu doi trei patru cinci șase șapte opt nouă".split(" "),
  el: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(" "),
  hr: "nula jedan dva tri četiri pet šest sedam osam devet".split(" "),
  sk: "nula jeden dva tri štyri päť šesť sedem osem deväť".split(" "),
  sl: "nič ena dva tri štiri pet šest sedem osem devet".split(" "),
  de: "null eins zwei drei vier fünf sechs sieben acht neun".split(" "),
  fr: "zéro un deux trois quatre cinq six sept huit neuf".split(" "),
  pt: "zero um dois três quatro cinco seis sete oito nove".split(" "),
}

function sayGroup(g: string, lang: string, r: Rng): string {
  const w = DIGIT_WORDS[lang]!
  const out: string[] = []
  for (let i = 0; i < g.length; i++) {
    const d = Number(g[i])
    if (lang === "en" && g[i + 1] === g[i] && r.chance(0.5)) {
      out.push(`double ${d === 0 ? "oh" : w[d]}`)
      i++
    } else if (lang === "en" && d === 0 && r.chance(0.6)) out.push("oh")
    else if (lang === "pt" && d === 6 && r.chance(0.6)) out.push("meia")
    else if (lang === "de" && d === 2 && r.chance(0.4)) out.push("zwo")
    else out.push(w[d]!)
  }
  return out.join(" ")
}

/** A number said digit by digit in its national groups, now and then a group in digits or the + form. */
export function saidPhone(p: PhoneNumber, lang: string, r: Rng): string {
  const intl = lang === "en" && r.chance(0.2)
  const base = intl ? p.formatInternational().slice(1) : p.formatNational()
  const groups = base.replace(/[()]/g, "").split(/[\s-]+/).flatMap((g) => (g.length > 4 ? [g.slice(0, 3), g.slice(3)] : [g]))
  const sep = r.pick([" ", ", ", "... "])
  const keep = r.chance(0.25) ? 1 + r.int(groups.length - 1) : -1
  const said = groups.map((g, i) => (i === keep ? g : sayGroup(g, lang, r))).join(sep)
  return intl ? `plus ${said}` : said
}
