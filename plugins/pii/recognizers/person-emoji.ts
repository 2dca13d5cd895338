import { phraseAlternation } from "../../../core/index.ts"
import { GREETINGS, INTRODUCTIONS, NAME_INTRODUCTIONS, ROLE_NOUNS, SIGN_OFFS } from "./person-cues.ts"

// Emoji and their joiners, variation selectors, skin tones, flags' letters and tags: a chat or a form puts them before a
// name (`Cliente: ☎️Rosario Giménez`, `[11:52] ❤️amra:`, `To: 🇫🇮Tuija Kärkkäinen`), where the selector after `☎` is a mark
// that glues it to the name. Read as spaces, unit for unit, so that offsets stay, where a field, a line or a clause opens
// before them; after a word they end a sentence as a full stop would (`Hvala 👍 Nada je …`, `ok 👌 Incident …`), and stay.
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\uFE0F\u200D\u20E3]+/gu
// The units an emoji starts or is joined with (surrogates of the pictographic planes, the symbol blocks, the selector and
// the joiner): a text with none has no emoji, found by one simple class before the costlier property one.
const EMOJI_HINT = /[\uD83C-\uD83E\uDB40\u2190-\u21FF\u2300-\u23FF\u24C2\u25A0-\u27BF\u2900-\u297F\u2B00-\u2BFF\u203C\u2049\u2122\u2139\u3030\u303D\u3297\u3299\uFE0F\u200D\u20E3]/
const WORD_END = /[\p{L}\p{M}\p{N}.!?]/u
/** The text with the emoji that open a field, a line or a clause read as spaces, unit for unit (offsets unchanged). */
export function withoutEmoji(text: string): string {
  if (!EMOJI_HINT.test(text)) return text
  return text.replace(EMOJI, (m, at: number) => {
    let i = at
    while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
    return i > 0 && WORD_END.test(text[i - 1]!) && !greetedLower(text, i, at + m.length) && !cued(text, i, at + m.length) ? m : " ".repeat(m.length)
  })
}
// After a greeting or a sign-off, an emoji before a name in lower case decorates it (`Hi 📞 kavita ramlogan,`, `Thanks 👉 ka
// yan wong`): read as spaces, so the greeting's cue reaches the name.
const GREETED = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation([...GREETINGS, ...SIGN_OFFS])})$`, "iu")
const greetedLower = (text: string, wordEnd: number, after: number) => /^[ \t]*\p{Ll}/u.test(text.slice(after, after + 4)) && GREETED.test(text.slice(Math.max(0, wordEnd - 24), wordEnd))
// After an introduction, an emoji before the name decorates it, in any case (`It's 🚗 will macleod`, `My name is 🙏 GRACE
// NWOSU`); after a role, before a name no sentence could open, in lower case or capitals (`cust ✅ MCALLISTER Hamish`): read
// as spaces, so the cue reaches the name, which its own rules then judge. Before a capitalised word after a role, the emoji
// stays as a list's mark (`recipient 🏛️ Mark on 305…`).
const INTRODUCED = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation([...INTRODUCTIONS, ...NAME_INTRODUCTIONS])})$`, "iu")
const ROLED = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(ROLE_NOUNS)})$`, "iu")
const UNSENTENCED = /^[ \t]*(?:\p{Ll}|\p{Lu}\p{M}*\p{Lu})/u
const cued = (text: string, wordEnd: number, after: number) => {
  const before = text.slice(Math.max(0, wordEnd - 24), wordEnd)
  return INTRODUCED.test(before) || (ROLED.test(before) && UNSENTENCED.test(text.slice(after, after + 4)))
}
