// de-DE texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_4 = [
  t("note", `Lieferdienst-Beschwerde: Kundin {{PERSON|Charlotte von Bredow}} bekam falsches Essen. Fahrer {{PERSON|Ali}} hat Bestellung {{neg:order-number|LL-772019}} vertauscht. Gutschrift {{neg:amount|12,00 €}}. Mail an {{EMAIL|c.vonbredow@example.com}} raus. Wie {{neg:name-word|lange}} dauert das noch, fragt sie.`),
  t("chat", `Kunde 17:02: Guten Tag, ich habe zwei Rechnungen für denselben Monat erhalten
Stadtwerke Chat – {{PERSON|Emre}} 17:04: Guten Tag! Nennen Sie mir bitte Ihren Namen und die Zählernummer?
Kunde 17:04: {{PERSON|Wolfgang Kühn}}, Zähler {{neg:meter-number|1ESY1160448290}}
Stadtwerke Chat – {{PERSON|Emre}} 17:06: Danke, Herr {{PERSON|Kühn}}. Die doppelte Rechnung über {{neg:amount|86,40 €}} ist storniert.`),
]
