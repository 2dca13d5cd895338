// it-IT texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_3 = [
  t("transcript", `operatore: voxa mobile {{PERSON|simone}} buonasera
cliente: buonasera sono {{PERSON|rosaria caputo}} vorrei cambiare il numero di contatto
operatore: mi dica il nuovo numero
cliente: {{PHONE|tre tre otto, nove nove uno, quattro quattro, sette due}} anzi no {{PHONE|tre tre otto, nove nove uno, quattro quattro, due sette}}
operatore: perfetto aggiornato`),
  t("email", `Buongiorno,

allego la ricevuta del bonifico di {{neg:amount|€ 215,40}} per la bolletta del gas di gennaio. Il pagamento è partito dal conto {{IBAN|IT15B0306909606100000063872}} intestato a mio marito, {{PERSON|Stefano Galli}}.

Per qualsiasi cosa: {{PHONE|+39 333 902 4471}}.

Saluti,
{{PERSON|Laura Galli}}`),
  t("note", `sig. {{PERSON|Vincenzo Pellegrino}}, ritardo consegna ordine {{neg:order-number|ORD-IT-60012}}. vuole la consegna {{neg:name-word|franco}} domicilio come da contratto. richiamare al {{PHONE|0832 24 6617}} dopo le {{neg:time|14:30}} 🙏`),
  t("form", `Intestatario: {{PERSON|De Santis Marta}}
Telefono: {{PHONE|+39 06 3321 8890}}
Carta: {{neg:luhn-invalid|5333 6190 4421 8076}} (rifiutata) → {{CARD|5333 6190 4421 8067}}
Scadenza: {{neg:card-expiry|02/30}}
CAP: {{neg:postcode|00195}}`),
]
