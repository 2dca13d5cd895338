import type { Ctx } from "./ctx"
import type { Piece } from "./render"

export interface Template {
  kind: string
  make: (c: Ctx) => Piece
}
export const T = (kind: string, make: (c: Ctx) => Piece): Template => ({ kind, make })
