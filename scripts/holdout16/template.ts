import type { Ctx } from "./ctx.ts"
import type { Part } from "./render.ts"

export type Kind = "chat" | "note" | "email" | "summary" | "review" | "sms" | "csv" | "json" | "transcript"
export type Domain = "game" | "tickets" | "cars" | "parking"
export type Template = { kind: Kind; domain: Domain; make: (c: Ctx) => Part[] }
export const tpl = (kind: Kind, domain: Domain, make: (c: Ctx) => Part[]): Template => ({ kind, domain, make })
