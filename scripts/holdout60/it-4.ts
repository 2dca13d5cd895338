// it-IT texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_4 = [
  t("sms", `Gentile Sig.ra {{PERSON|Fontana}}, Poste Assicura: il perito {{PERSON|Matteo Galli}} la contatterà dal numero {{PHONE|0571 448 201}} per il sinistro {{neg:claim-number|SX-228104}}. Spedizione {{neg:name-word|franco}} domicilio dei documenti.`),
]
