import { aboutPets, nounAfterName } from "./person-vetoes.ts"

/**
 * Whether a lone first name with no cue is a pet's, in a sentence about pets or before a document noun; not one in lower
 * case that its cue capitalised (`hi its cerys can Mitzi get her booster`). A weak cue, whom a thing is for (`Vaksine for
 * Milo`, `Vacuna de Luna`), names a pet there as well as a person; not `with`.
 */
export function petsName(original: string, text: string, start: number, end: number, cue: number): boolean {
  if (cue && !(cue < 0.75 && FOR_BEFORE.test(text.slice(Math.max(0, start - 6), start)))) return false
  return original.charCodeAt(start) === text.charCodeAt(start) && (aboutPets(text, start, end) || nounAfterName(text, start, end))
}
const FOR_BEFORE = /(?:^|[^\p{L}])(?:for|of|de|af|av|för|für|pour|para|voor|per|za|dla|pro|pre|til)[ \t]+$/iu
