// Helpers the non-English locales are written with: keys in one line, postcodes, Latin letters for Greek and Cyrillic.
import type { Rng } from "./rng.ts"
import type { Keys } from "./types.ts"

const KEY_ORDER = ["name", "first", "last", "phone", "email", "ref", "date", "note", "subject", "from", "to", "sent", "amount", "post", "time"] as const

/** Fifteen words separated by `|`, in the order of `Keys`. */
export function keys(line: string): Keys {
  const ws = line.split("|")
  if (ws.length !== KEY_ORDER.length) throw new Error(`holdout41: ${ws.length} keys in ${JSON.stringify(line)}`)
  return Object.fromEntries(KEY_ORDER.map((k, i) => [k, ws[i]!])) as unknown as Keys
}

/** A postcode from a pattern: `9` a digit, `1` a digit not 0. */
export const post = (...pats: string[]) => (r: Rng) => r.pick(pats).replace(/[91]/g, (c) => String(c === "1" ? r.int(1, 9) : r.int(0, 9)))

const GREEK: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
}
const CYR: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
}

const translit = (table: Record<string, string>) => (s: string) =>
  s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ου/g, "ou").split("").map((c) => table[c] ?? c).join("")

export const greekLatin = translit(GREEK)
export const cyrLatin = translit(CYR)
