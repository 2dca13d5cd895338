// English digit words, and the digits a run of them says: apart from the spoken-phone recognizer, because scrub's
// output check reads a spoken number's digits in every job that loads the pii plugin, and the recognizer's imports
// (relatives' words, the name lists) would then load with it, a heap every forced collection of a job marks.
export const DIGIT = "zero|nought|oh|one|two|three|four|five|six|seven|eight|nine"
const VALUES: Record<string, string> = { zero: "0", nought: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }
const PLUS = /^[ \t]*plus[ \t]/i
/**
 * A run of `least` to `most` English digit words apart by spaces, commas, dots or dashes, `double` or `triple` before any
 * (`five three one, two eight, …`), not glued to a letter or a digit: the said SSN's (3 to 11) and the said card's (9 to 19).
 */
export const digitWordRun = (least: number, most: number) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:(?:double|triple)[ -])?(?:${DIGIT})(?:[ ,.-]{1,3}(?:(?:double|triple)[ -])?(?:${DIGIT})){${least - 1},${most - 1}}(?![\\p{L}\\p{M}\\p{N}])`, "giu")
const WORD = new RegExp(`(double|triple)?[ -]?(${DIGIT}|\\d)`, "giu")

/**
 * The digits a run of digit words says (`double seven` is 77), with the digits written among them (`oh seven, 451637`),
 * after a `+` when it opens with "plus" (`plus nine one, 80, …`).
 */
export function spokenDigits(run: string): string {
  let out = PLUS.test(run) ? "+" : ""
  for (const m of run.matchAll(WORD)) {
    // The `i` flag also matches the long s (`ſix`, U+017F folds to s), which lower case keeps: read as the s it stands for.
    const digit = VALUES[m[2]!.toLowerCase().replaceAll("\u017f", "s")] ?? m[2]!
    const times = m[1]?.toLowerCase() === "double" ? 2 : m[1]?.toLowerCase() === "triple" ? 3 : 1
    out += digit.repeat(times)
  }
  return out
}
