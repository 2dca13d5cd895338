import { wordSet } from "../../../core/words.ts"
import { STOPWORDS } from "../data/stopwords.ts"

// Forms of address that stand before a surname in lower case as often as before a word (`madame froidevaux vous avez`,
// `dzień dobry pani kowalska`, but `merci madame bonne journée`, `czy pani może`): a name after one only when it is no
// frequent word of a covered language and one follows it, or the clause ends there. No particle is read after them
// (`madame la directrice`).
export const STRICT_TITLES = new Set(["madame", "mademoiselle", "pani", "panie"])
const FREQUENT = wordSet(STOPWORDS)
const CLAUSE_END = /^[ \t]*(?:[.,;:!?]|\r?\n|$)/

/** Whether the word `word` at `at` in `out`, right after a strict title, is a surname: see STRICT_TITLES. */
export function strictTitleName(out: string, at: number, word: string): boolean {
  if (FREQUENT.has(word)) return false
  const after = out.slice(at + word.length, at + word.length + 24)
  if (CLAUSE_END.test(after)) return true
  const next = /^[ \t]+([\p{L}\p{M}'’-]+)/u.exec(after)
  return next !== null && FREQUENT.has(next[1]!.toLowerCase())
}
