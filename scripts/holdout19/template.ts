import type { G } from './ctx.ts'
import type { Piece } from './render.ts'
/**
 * A template makes one text of its kind (genre) with fresh values each time it is called.
 * `nfd`: the text is written decomposed (an export from a macOS file), so accented letters in
 * names and words before the labels are base letters plus combining marks.
 */
export interface Template { kind: string; make: (g: G) => Piece; nfd?: boolean }
