import { toJsonSchema } from "@valibot/to-json-schema"
import { MatrixFileSchema } from "./schema.ts"

/** The JSON Schema editors use for matrices/*.json, generated from the valibot schema. */
export function matrixJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(MatrixFileSchema, { errorMode: "ignore" }),
    $id: "https://cxedge.dev/schemas/matrix.json",
    title: "cxedge field matrix",
    description: "Field paths of a contact record -> transform + params (native format), or the seed tutorial's directives. Generated from core/matrix/schema.ts: run `npm run gen:schema`.",
  }
}
