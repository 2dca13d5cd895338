import * as v from "valibot"
import { defineOperation } from "../../../core/index.ts"
export { AGAIN, historyPages, valueAt } from "../targets/dfo-history.ts"

/** DFO `GET /messages/{messageId}` (SDK-DIGITAL; MED): one message, with its text. */
export const dfoMessageGet = defineOperation({
  id: "dfo.message.get",
  api: "dfo",
  method: "GET",
  path: "/messages/{messageId}",
  idempotent: true,
  input: v.object({ messageId: v.string() }),
  output: v.looseObject({}),
})

