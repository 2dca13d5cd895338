// Brazilian numbers outside the default regions (holdout77, and ten older corpora that wrote them): the shape Brazilians
// write, `(DD) 9XXXX-XXXX` or `(DD) XXXX-XXXX`, valid in Brazil, is a phone with no phone word before it; `zap` (WhatsApp)
// and `fone` are phone words. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number in Brazil's written shape, valid there, is a phone outside the default regions", () => {
  expect(phones("Comprador avisado pelo (11) 99614-2283 ontem à noite.")).toEqual(["(11) 99614-2283"])
  expect(phones("vendedor Marcos: pode ligar no (11) 3274-5512 de segunda a sexta")).toEqual(["(11) 3274-5512"])
  // Not Brazil's shape (no brackets, a dash elsewhere), or not valid there: left as before.
  expect(phones("Pedido 21 99614 2283 enviado.")).toEqual([])
  expect(phones("Ref (21) 19614-2283 do lote")).toEqual([])
})

test("zap and fone name a phone, as WhatsApp and telefone do", () => {
  expect(phones("me chama no zap 11 99614 2283 que eu respondo")).toEqual(["11 99614 2283"])
  expect(phones("o caseiro atende, fone 11 2233 4455, bloco B")).toEqual(["11 2233 4455"])
})
