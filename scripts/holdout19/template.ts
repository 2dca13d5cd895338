import type { G } from './ctx.ts'
import type { Piece } from './render.ts'
/** A template makes one text of its kind (genre) with fresh values each time it is called. */
export interface Template { kind: string; make: (g: G) => Piece }
