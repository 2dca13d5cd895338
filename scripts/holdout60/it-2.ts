// it-IT texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_2 = [
  t("chat", `Tu 18:40: ciao, vorrei cambiare la data del check-in, prenotazione {{neg:booking-ref|ALB-77K29}}
Hotel Bellavista – {{PERSON|Federica}} 18:42: Buonasera! A nome di chi è la prenotazione?
Tu 18:42: {{PERSON|Giorgio Pellegrini}}
Hotel Bellavista – {{PERSON|Federica}} 18:44: Perfetto sig. {{PERSON|Pellegrini}}, spostata dal {{neg:date|12 agosto}} al {{neg:date|14 agosto}}. Nessun costo aggiuntivo.`),
  t("transcript", `[00:00:03] OPERATORE: Servizio clienti luce e gas, sono {{PERSON|Simona}}, buongiorno.
[00:00:06] CLIENTE: Buongiorno, mi trasferisco a Torino e devo fare la voltura. Sono {{PERSON|Roberto Mancini}}.
[00:00:12] OPERATORE: Mi dà un numero di telefono?
[00:00:14] CLIENTE: {{PHONE|tre due otto, sei sei uno, quattro quattro, zero nove}}.
[00:00:20] OPERATORE: Grazie. Il CAP della nuova casa?
[00:00:22] CLIENTE: {{neg:postcode|10128}}.`),
  t("note", `Antifrode – cliente {{PERSON|Anna Maria Russo}} segnala addebito di {{neg:amount|€ 742,00}} non riconosciuto. Carta {{CARD|4127 0935 6628 1031}} bloccata. Richiamare al {{PHONE|02 4851 7730}} o cell. {{PHONE|335 601 2284}}. Pratica {{neg:case-number|AF-2026-0912}}.`),
  t("sms", `Ciao {{PERSON|Marta}}, sono {{PERSON|Davide}} della palestra FitZone. Il corso di pilates di giovedì {{neg:date|5 marzo}} è spostato alle {{neg:time|19:30}}. Info: {{PHONE|011 562 3390}}`),
  t("ticket", `Ticket {{neg:ticket-number|RES-552019}} – reso scarpe
Cliente: {{PERSON|Colombo, Francesca}}
Email: {{EMAIL|francesca.colombo@example.com}}
Ordine: {{neg:order-number|IT-9920145}} – importo {{neg:amount|89,90 €}}
Nota ({{PERSON|Paolo}}): etichetta inviata, rimborso alla ricezione.`),
  t("email", `Oggetto: Richiesta di rimborso IRPEF

Spett.le Ufficio,

chiedo l'accredito del rimborso sul conto {{IBAN|IT40 S054 2811 1010 0000 0123 456}}. Il codice IBAN indicato in precedenza, {{neg:iban-checksum|IT60 X054 2811 1010 0000 0123 457}}, era errato.

Distinti saluti,
{{PERSON|Lucia Marino}}
tel. {{PHONE|081 552 1147}}`),
]
