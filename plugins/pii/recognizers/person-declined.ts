// A first name in a case other than the one name lists hold: Slavic, Baltic, Hungarian and Finnish texts decline
// names (`od Moniki` for Monika, `panu Petrovi` for Petr, `Ružice` for Ružica, `Mártont` for Márton, `Jono` for
// Jonas), so the word a text holds is in no list. Each ending is read back to the nominative the lists hold; only a
// word in no list at all is tried, so an everyday word (`July`, `Done`, `Linie`) never becomes a name this way.

// Letters of the languages that decline names (Polish, Czech, Slovak, Croatian, Slovene, Hungarian): an ending that is
// also an everyday word's (`-e` of `Live`, `-t` of `Debt`, `-a` of `Arena`) is read as a case only in a word holding one.
const SLAVIC = /[łśźżćńčšžđřěůýąę]/
const HUNGARIAN = /[áéíóöőúüű]/

/** [the declined ending, the nominative's ending, what else the word must hold], longest declined ending first. */
const ENDINGS: ReadonlyArray<readonly [string, string, RegExp?]> = [
  // Polish, Czech, Slovak: Piotrowi, Petrovi; Agnieszki, Moniki; Oldze; Barbarze; Ružice; Kasi (Kasia)
  ["łowi", "eł"], ["owi", ""], ["ovi", ""], ["ki", "ka"], ["dze", "ga"], ["rze", "ra"], ["ice", "ica"], ["i", "ia"],
  // Hungarian: Annának, Péternek, Lajosné (his wife), Annát, Erzsébetét, Mártont, Pétert
  ["ának", "a"], ["ával", "a"], ["ével", "e"], ["nak", "", HUNGARIAN], ["nek", "", HUNGARIAN], ["né", ""], ["át", "a"], ["t", "", HUNGARIAN],
  // Polish, Czech: Anną, Annę, Janou, Janě; Lithuanian: Jonui
  ["ą", "a"], ["ę", "a"], ["ou", "a"], ["ě", "a"], ["ui", "as"],
  // the other cases of the -a names, where the word holds the language's letters: Ružice, Jelenu
  ["om", "a", SLAVIC], ["om", "", SLAVIC], ["e", "a", SLAVIC], ["u", "a", SLAVIC],
]
// The genitive of a consonant name ends in -a after what only those names end in: Rafała, Piotra, Tomasza, Andrzeja.
const CONSONANT_STEM = /(?:ł|sz|cz|rz|ch|j|š|ž|č|ř|[bdgkptv]r)$/

/** Whether a lower-case word is a first name the lists hold, declined (`moniki`, `rafała`, `mártont`); `isFirst` reads the lists. */
export function declinedFirst(lower: string, isFirst: (w: string) => boolean): boolean {
  if (lower.length < 4) return false
  for (const [declined, nominative, holds] of ENDINGS) {
    const stem = lower.length - declined.length
    if (stem >= 3 && lower.endsWith(declined) && (!holds || holds.test(lower)) && isFirst(lower.slice(0, stem) + nominative)) return true
  }
  // Hungarian "with": -val/-vel takes the last consonant's sound (Mártonnal, Péterrel, Jánossal)
  const n = lower.length
  if (/[ae]l$/.test(lower) && lower[n - 3] === lower[n - 4] && HUNGARIAN.test(lower) && isFirst(lower.slice(0, -3))) return true
  return lower.endsWith("a") && CONSONANT_STEM.test(lower.slice(0, -1)) && isFirst(lower.slice(0, -1))
}
