import type * as v from "valibot"
import type { Matrix, SeedMatrixSchema } from "./schema.ts"

/**
 * Converts the seed tutorial's directives into a matrix whose outputs match
 * the seed's functions for the same inputs: `hash` is sha256("salt:value")
 * hex, `mask` keeps `mask_keep` leading characters, `nullify` is null.
 */
export function fromSeedDirectives(seed: v.InferOutput<typeof SeedMatrixSchema>): Matrix {
  return {
    name: seed.name ?? "seed-directives",
    description: "converted from the seed tutorial's directive format",
    fields: Object.entries(seed.directives).map(([key, d]) => ({
      path: d.field_name || key,
      transform: d.transform,
      params:
        d.transform === "hash"
          ? { salt: d.salt, algorithm: d.algorithm }
          : d.transform === "mask"
            ? { keepStart: d.mask_keep, keepEnd: 0, char: d.mask_char }
            : {},
    })),
  }
}
