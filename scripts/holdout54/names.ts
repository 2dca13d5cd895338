// Name lists by locale, the particles a name part never counts, the words that are also names, and ASCII folding for
// e-mail addresses (Bulgarian transliterated by the official system).
import { EN_NAMES } from "./names-en.ts"
import { EU_NAMES } from "./names-eu.ts"

export interface NameList {
  m: string[]
  f: string[]
  /** A family name, or [masculine, feminine] where the language genders it. */
  fam: (string | [string, string])[]
}

export const NAMES: Record<string, NameList> = { ...EN_NAMES, ...EU_NAMES }

/** Particles and short words inside names that are not name parts of their own. */
export const PARTICLES = new Set(["van", "der", "den", "de", "du", "le", "la", "da", "dos", "das", "do", "von", "di", "del", "della", "el", "mac", "ó", "ní"])

/** Words that are also names in the locale's lists, used in sentences as ordinary words (`name-word` lookalikes). */
export const NAME_WORDS: Record<string, string[]> = {
  "en-US": ["may", "will", "bill", "mark", "hope", "grace"],
  "en-GB": ["may", "will", "mark", "hope", "grace"],
  "en-IE": ["will", "mark", "hope", "grace"],
  "en-AU": ["may", "bill", "mark", "hope", "grace"],
  "en-IN": ["sunny"],
  "en-ZA": ["gift", "precious", "grace"],
  "en-CA": ["will", "hope", "grace"],
  "de-DE": ["sommer", "winter"],
  "fr-FR": ["rose", "prudence"],
  "es-ES": ["luz", "blanco"],
  "it-IT": ["felice", "bianco"],
  "nl-NL": ["bakker", "koning"],
  "pl-PL": ["lato", "zima"],
  "cs-CZ": ["zima", "král"],
  "sv-SE": ["dag", "ström"],
  "da-DK": ["hans"],
  "pt-PT": ["graça", "branco"],
  "bg-BG": ["надежда", "вяра"],
}

const BG: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p",
  р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sht", ъ: "a", ь: "y", ю: "yu", я: "ya",
}
const SPECIAL: Record<string, string> = { ß: "ss", ø: "o", æ: "ae", ł: "l", đ: "d", ı: "i", œ: "oe", ð: "d", þ: "th" }

/** Lower-case ASCII for an e-mail local part: marks dropped, Cyrillic transliterated, apostrophes and spaces removed. */
export function asciiFold(s: string): string {
  const lower = s.toLowerCase()
  const mapped = Array.from(lower, (c) => BG[c] ?? SPECIAL[c] ?? c).join("")
  return mapped.normalize("NFD").replace(/\p{M}/gu, "").replace(/['’ ]/g, "").replace(/[^a-z0-9.-]/g, "")
}
