const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether a string is whole UTF-16, every surrogate in its pair: only such a string is written as it is meant. */
export const wellFormed = (value: string) => !LONE_SURROGATE.test(value)

/**
 * Why a string cannot be keyed or encrypted as it was written, or undefined when it can; never quotes it. UTF-8 turns
 * every lone surrogate into U+FFFD, so two values differing there got one pseudonym and a decrypt gave back another string.
 */
export function notExact(value: string): string | undefined {
  return !wellFormed(value) ? "a string holding a lone surrogate (half of a character, not UTF-8): correct it at the source" : undefined
}
