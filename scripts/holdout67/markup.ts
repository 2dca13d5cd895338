// holdout67's inline markup is holdout64's (`{{PHONE|…}}` labels a span, `{{neg:order-number|…}}` marks a hard negative),
// with its own kinds (speech-to-text, voicemail, IVR logs, legacy screens, SMS, e-mail, notes) and a `mk` that takes them.
export * from "../holdout64/markup.ts"
export const KINDS = ["asr", "voicemail", "ivr", "legacy", "sms", "email", "note"] as const
export type Kind = (typeof KINDS)[number]
/** A text of a locale and a kind, with its labels inline. */
export const mk = (lang: string) => (kind: Kind, text: string) => ({ lang, kind, text })
