// The words every refusal suggests with: the name meant, a list's repeated item.

/**
 * Edit distance for "did you mean" suggestions: Levenshtein plus a swap of
 * two neighbours counted as one edit, the commonest typing slip (`--prot`).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1)
    }
    ;[before, prev] = [prev, row]
  }
  return prev[b.length]!
}

/** The first item a list holds twice (`--entities EMAIL,EMAIL`, `retry.statuses: [429, 429]`), or undefined. */
export const twiceIn = <T>(list: readonly T[]): T | undefined => list.find((item, i) => list.indexOf(item) !== i)

/** The closest candidate within a small distance, if any. */
export function suggestName(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestD = Math.max(1, Math.floor(word.length / 3)) + 1
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase())
    if (d < bestD) (best = c), (bestD = d)
  }
  return best
}

/** ` (did you mean "PHONENO"?)` for a value that begins exactly one choice (PHONE, mem), too short of it for a slip of the keyboard. */
export function startOf(value: string, choices: readonly string[]): string {
  if (value.length < 3) return ""
  const starts = choices.filter((choice) => choice.length > value.length && choice.toLowerCase().startsWith(value.toLowerCase()))
  return starts.length === 1 ? ` (did you mean "${starts[0]}"?)` : ""
}

/** ` (did you mean "x"?)` when a candidate is close to `word`, else "": the one suggestion every refusal appends. */
export const didYouMean = (word: string, candidates: readonly string[]) => {
  const near = suggestName(word, candidates)
  return near ? ` (did you mean "${near}"?)` : ""
}

// Other tools' log levels (Python's warning, log4j's fatal and trace, npm's verbose and silly), by the one meant here.
const OTHER_LEVELS: Record<string, string> = {
  warning: "warn", err: "error", fatal: "error", critical: "error", crit: "error", panic: "error",
  trace: "debug", verbose: "debug", silly: "debug", all: "debug", information: "info", notice: "info",
}

/**
 * ` (did you mean "warn"? warning is another tool's name for it)` for a log level by another tool's name, in any case;
 * else the nearest of `levels` by spelling. Only said, never taken.
 * @example levelHint("WARNING", ["error", "warn", "info", "debug"]) // ` (did you mean "warn"? WARNING is another tool's name for it)`
 */
export function levelHint(raw: string, levels: readonly string[]): string {
  const meant = OTHER_LEVELS[raw.trim().toLowerCase()]
  return meant && levels.includes(meant) ? ` (did you mean "${meant}"? ${raw.trim().slice(0, 20)} is another tool's name for it)` : didYouMean(raw, levels)
}

/** Words a value is written with that are another tool's (or command's) for a choice here: the choice, and why. */
export type OtherWords = Readonly<Record<string, readonly [choice: string, why: string]>>

/** A job's target by the words for it elsewhere: `erase` is the command, `update` the verb a patch is. */
export const TARGET_WORDS: OtherWords = {
  erase: ["erasure", "erase is the command (cxedge erase); the target is erasure"],
  update: ["patch", "a record is updated with the patch target"],
}

/**
 * ` (did you mean "tag"? Presidio's replace operator is tag here)` for a value `others` knows (any case), else "".
 * Only said, never taken.
 */
export function otherWordHint(raw: unknown, others: OtherWords | undefined): string {
  const word = typeof raw === "string" ? raw.trim().toLowerCase() : ""
  const known = others && Object.hasOwn(others, word) ? others[word] : undefined
  return known ? ` (did you mean "${known[0]}"? ${known[1]})` : ""
}
