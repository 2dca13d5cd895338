import type { Rendered } from "./build"
import type { Ctx } from "./ctx"

export type Business = "bank" | "insurer" | "telecom"
export interface Template {
  kind: string
  biz: Business
  f: (g: Ctx) => Rendered
}
