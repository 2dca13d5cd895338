import { FIRM_TRADE_WORDS } from "./organisation-words.ts"

// Names of shops, firms and docks that are spelled like people's (`La floristería Luz del Valle`, `Кафе «Вера»`, `Lone Star
// Plumbing & Heat`, `PSLE Ace Tuition`, `Sunny Hill dock`): the kind of place before, one of its words, or a dock after.

// A shop's or a scheme's kind right before its name, in quotes or not (`Kafe Deniz`, `Cvjećarnica Ruža`, `Кафе «Вера»`,
// `Bicis Compartidas Vigo`).
const SHOPS = [
  "floristería", "floristeria", "florería", "floricultura", "fleuriste", "blumenladen", "bloemist", "bloemenwinkel", "fioraio", "fioreria",
  "blomsterhandel", "kukkakauppa", "lillepood", "kwiaciarnia", "květinářství", "kvetinárstvo", "florărie", "florăria", "cvjećarnica", "cvećara",
  "çiçekçi", "ανθοπωλείο", "цветочный", "cafetería", "cafeteria", "cafetaria", "kafe", "kafesi", "kafé", "kahvila", "kohvik", "kawiarnia",
  "kavárna", "kavarna", "kaviareň", "cafenea", "cafeneaua", "kavana", "kafić", "καφετέρια", "кафе", "кофейня", "panadería", "padaria", "bakery",
  "pastelería", "pekárna", "pekara", "piekarnia", "fırın", "пекарня", "librería", "livraria", "bokhandel", "kirjakauppa", "księgarnia",
  "bicis", "bicicletas",
]
const SHOP_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SHOPS.join("|")})[ \\t]+[«"„“‘']?$`, "iu")
// A bike-share dock or a stop named by its place, in lower case after it.
const DOCK_AFTER = /^[ \t]+(?:dock|docks|docking station)(?![\p{L}])/u
const WORDS = /[^\p{L}\p{M}]+/u

/**
 * Whether the capitalised run `start..end` (its first word ending at `firstEnd`) is a shop's, a firm's or a dock's name:
 * a shop's kind before it or as its first word, a trade's word as its last (FIRM_TRADE_WORDS), a dock after it.
 */
export function firmOrShop(text: string, start: number, end: number, firstEnd: number): boolean {
  if (SHOP_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || DOCK_AFTER.test(text.slice(end, end + 16))) return true
  if (firstEnd === end) return false
  // Three words at most, on one cell: a longer run is a sentence in capitals read title-cased (`DMITRIJ IZ BAGGAGE
  // RECOVERY`) or lines joined by tabs, its name to be kept. The firm's word ends it, and is no legal form's two or three
  // letters (`AS`, `CO`: words too).
  const run = text.slice(start, end)
  const words = run.toLowerCase().split(WORDS)
  const last = words.at(-1)!
  return words.length <= 3 && !run.includes("\t") && (SHOPS.includes(words[0]!) || (last.length > 3 && FIRM_TRADE_WORDS.has(last)))
}
