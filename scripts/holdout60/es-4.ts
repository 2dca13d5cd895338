// es-ES texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_4 = [
  t("note", `Hotel – huésped {{PERSON|Guadalupe Sáenz}} pide factura a nombre de empresa. Estancia {{neg:date|10/06}}–{{neg:date|13/06}}, {{neg:amount|405,00 €}}. Enviar a {{EMAIL|lupe.saenz@example.com}}. Tel. {{PHONE|0034 617 502 894}}. Papel {{neg:name-word|rosa}} para la factura no, blanco normal.`),
]
