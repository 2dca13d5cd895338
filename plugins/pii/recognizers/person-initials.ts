import { phraseAlternation } from "../../../core/index.ts"
import { PARTICLES } from "./person-cues.ts"

// One initial or two before a surname (`Dr A. Sinclair`, `W.M. Teo`, `F. le Roux`), a double name's joined (`L.-G.
// Sjöberg`): the name's, and a name with the surname.
// Not a code's last letter after its digits (`NINO QQ 12 34 56 C. Housing`, `7º B.`), nor French `M.` (Monsieur), a title.
// Only where a word may open, an emoji's end too: not a unit's or a coordinate's letter (`µg/L. Sample`, `22.5"E. Zvao`).
const INITIALS_BEFORE = new RegExp(`(?<=^|[\\s(\\[*_>\\p{Extended_Pictographic}\\uFE0F]|[\\s=(]["“„«])(?<![\\p{N}º°ª][ ])(?!M\\. )\\p{Lu}\\.(?:[ -]?\\p{Lu}\\.)?[ ](?:(?:${phraseAlternation(PARTICLES)})[ ])*$`, "u")
const ACRONYM = /^\p{Lu}+$/u
const TITLED_INITIAL = /(?:^|[^\p{L}\p{M}])(?:Mr|Mrs|Ms|Mx|Dr)\.?[ ]\p{Lu}[ ]$/u
// A grade's letter ending its sentence before the next (`ocena A. Numer karty …`, `nota C. Número de tarjeta …`, `Grade B.
// Next lesson …`): no initial.
const GRADE_BEFORE = /(?:^|[^\p{L}])(?:grade|mark|nota|notă|ocena|ocjena|známka|známku|note|voto|cijfer|betyg|karakter|arvosana|hinne|jegy|not|puan|оценка|βαθμός)[ \t]+$/iu

// The last letter of a name spelled out before the next sentence, two letters at least before it (`Anna Zima, Z I M A.
// Można …`, `S - M - I - T - H. Basically …`; not `Meu nome é V. Nascimento`, `It's J. Abubakar`): no initial.
const SPELLED_BEFORE = /(?:^|[^\p{L}'’])\p{L}(?:[ -]| - )\p{L}(?:[ -]| - )$/u

/** How many units of initials (and particles) stand before the capitalised word at `start`; 0 before an acronym (`P. IVA`). */
export function initialsBefore(original: string, text: string, start: number, end: number): number {
  // Initials end with a space before the name, and hold an initial's `. `: most names have no such text before them.
  if (text.charCodeAt(start - 1) !== 32) return 0
  const before = text.slice(Math.max(0, start - 32), start)
  // After a title, an initial needs no stop (`Account name: Mr A Nowicki`).
  if (TITLED_INITIAL.test(before)) return 2
  if (!before.includes(". ")) return 0
  if (end - start <= 3 && ACRONYM.test(original.slice(start, end))) return 0
  const m = INITIALS_BEFORE.exec(before)
  return m === null || GRADE_BEFORE.test(before.slice(0, m.index)) || SPELLED_BEFORE.test(before.slice(0, m.index)) ? 0 : m[0].length
}
