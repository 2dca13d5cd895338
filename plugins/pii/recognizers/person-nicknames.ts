import type { Candidate } from "../../../core/index.ts"

// A nickname in brackets after a full name (`Ekaterina Volkov-Reyes ("Katya")`, `Zbigniew Nowak-Hughes (says "Ziggy")`,
// `Nguyen Van Duc (nennt sich Duc)`, `Encarnación Molina (Encarni)`): one capitalised word after a word saying it is what
// the person is called; bare, opening as a given name of the name does and shorter; quoted, that or a listed given name
// or sharing three letters with one. Otherwise a bracket holds a place, a role, a firm or a plan as often (`Anna Berg
// (Malmö)`, `Hans Müller (Hannover)`, `Tom Hale (Manager)`, `Sarah Lee ("Sales")`).
const NICKNAME = /((?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*[ \t]+){1,4})\((?:(says|aka|a\.k\.a\.|goes by|known as|nennt sich|genannt|dit|dite|detto|detta|llamad[oa]|chamad[oa]|roepnaam|zwany|zwana|kallas)[ \t]+)?(["“„'‘«]?)(\p{Lu}[\p{Ll}\p{M}]{1,14})["”“'’»]?\)/gu

/** Nicknames in brackets after a full name, one of whose words is a listed given name (`isFirst`). */
export function bracketedNicknames(text: string, isFirst: (lower: string) => boolean, isOrdinary: (lower: string) => boolean, found: Candidate[]): void {
  for (const m of text.matchAll(NICKNAME)) {
    const [cue, quote, nick] = [m[2], m[3], m[4]!]
    const names = m[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase())
    const n = nick.toLowerCase()
    // Two words or more, one a given name: a full name, not a word opening a sentence (`Call (Chris)`).
    if (names.length < 2 || !names.some(isFirst) || isOrdinary(n)) continue
    const short = names.some((w) => isFirst(w) && w.slice(0, 3) === n.slice(0, 3) && n.length < w.length)
    if (!cue && !quote && !short) continue
    if (!cue && quote && !short && !isFirst(n) && !names.some((w) => isFirst(w) && w.includes(n.slice(0, 3)))) continue
    const start = m.index + m[0].lastIndexOf(nick)
    found.push({ start, end: start + nick.length, score: 0.85 })
  }
}
