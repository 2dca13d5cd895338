// holdout75's text constructor: holdout64's markup (markup.ts) with the voice channel's own kinds: `transcript` (a
// speech-to-text call transcript), `voicemail` (a voicemail transcription), `ivr` (an IVR log) and `summary` (a post-call summary).
import type { Raw } from "./markup.ts"

export const KINDS75 = ["transcript", "voicemail", "ivr", "summary"] as const
export type Kind75 = (typeof KINDS75)[number]
/** A text of a locale: `mk("en-US")("transcript", "…")`. */
export const mk = (lang: string) => (kind: Kind75, text: string): Raw => ({ lang, kind, text }) as Raw
