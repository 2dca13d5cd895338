// it-IT texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_3 = [
  t("note", `Trasloco utenze – cliente {{PERSON|Giuseppina D'Amico}} chiude contratto gas in via Roma 14, {{neg:postcode|90133}} Palermo, dal {{neg:date|30/06}}. Lettura {{neg:meter-number|0128845}}. Recapito {{PHONE|091 611 4420}}, figlio {{PERSON|Carmelo}} {{PHONE|328 440 1197}}.`),
  t("sms", `Segreteria da {{PHONE|+39 02 8721 4400}}: "Buongiorno, sono {{PERSON|Elisa}} dell'ufficio sinistri, la chiamo per la pratica {{neg:claim-number|RC-55102}}, mi richiami quando può. Grazie."`),
  t("chat", `{{PERSON|martina}} 13:05: ciao il rider ha consegnato a un altro civico
MangiaSubito 13:06: Ciao {{PERSON|Martina}}! Mi spiace. Ti rimborsiamo subito {{neg:amount|18,50 €}}.
{{PERSON|martina}} 13:06: grazie 🙏`),
  t("email", `Oggetto: Disdetta abbonamento palestra

Buonasera,

comunico la disdetta dell'abbonamento (tessera {{neg:member-number|FZ-77201}}) a partire dal {{neg:date|1 ottobre}}. Per eventuali rimborsi: {{IBAN|IT60 X054 2811 1010 0000 0123 456}}.

Cordiali saluti,
{{PERSON|Stefano Ferri}}
{{EMAIL|stefano.ferri@example.net}}`),
  t("transcript", `operatore: assistenza clienti fibra buongiorno sono {{PERSON|alessia}}
cliente: buongiorno non funziona internet
operatore: mi dice nome e cognome dell'intestatario
cliente: {{PERSON|vincenzo}} {{PERSON|greco}}
operatore: e un numero di cellulare
cliente: {{PHONE|tre quattro sette, nove zero due, sessantuno, ventitré}}`),
  t("ticket", `Pratica {{neg:case-number|PR-2026-44190}}
Paziente: {{PERSON|Rinaldi, Giovanna}}
Visita: dermatologica, {{neg:date|17/11}} ore {{neg:time|9:40}}
Telefono: {{PHONE|06 8842 1093}}
Note: impegnativa del medico, dott. {{PERSON|Conti}}.`),
]
