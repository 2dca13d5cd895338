// it-IT texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_1 = [
  t("chat", `Operatore {{PERSON|Giulia}} (Poliambulatorio San Marco): Buongiorno, come posso aiutarla?
Utente: salve devo prenotare una visita ortopedica per mio padre {{PERSON|Vittorio Esposito}}
Operatore {{PERSON|Giulia}} (Poliambulatorio San Marco): Certo. Primo posto libero {{neg:date|9 ottobre}} alle {{neg:time|11:20}}. Mi lascia un recapito?
Utente: {{PHONE|347 218 9904}}, sono la figlia {{PERSON|Teresa}}`),
  t("note", `Sinistro RCA {{neg:claim-number|SIN-2026-04417}} – assicurato sig. {{PERSON|Lo Bianco Salvatore}}, tamponamento a Bari {{neg:postcode|70121}}. Controparte {{PERSON|Gianni Ferraro}} tel. {{PHONE|0039 333 418 2276}}. Perito da assegnare. Franchigia {{neg:amount|€ 500}}.`),
  t("transcript", `operatore: banca del lago ufficio antifrode buonasera sono {{PERSON|marco}}
cliente: buonasera ho ricevuto un sms strano mi chiamo {{PERSON|rosaria}} {{PERSON|de santis}}
operatore: signora {{PERSON|de santis}} mi conferma il numero di cellulare
cliente: {{PHONE|tre tre nove, quarantuno, ventidue, sessantotto, zero sette}}
operatore: grazie non clicchi il link blocchiamo la carta per sicurezza`),
  t("email", `Oggetto: Reso ordine {{neg:order-number|IT-5582019}}

Gentile {{PERSON|Chiara}},

abbiamo ricevuto il suo reso. Il rimborso di {{neg:amount|129,00 €}} sarà accreditato sul conto:
{{IBAN|IT60 X054 2811 1010 0000 0123 456}}

Cordiali saluti,
{{PERSON|Federico Sala}}
Ufficio Resi
{{EMAIL|resi@modaviva.example}}

Questa e-mail è riservata. Se l'ha ricevuta per errore, la preghiamo di cancellarla.`),
  t("sms", `PizzaVolo: ciao {{PERSON|Luca}}! il rider {{PERSON|Samir}} è sotto casa, citofono non funziona. chiamalo: {{PHONE|366 904 1127}}`),
  t("ticket", `Ticket {{neg:ticket-number|ADSL-889012}}
Cliente: {{PERSON|BIANCHI ELENA}}
Tel. fisso: {{PHONE|06 4471 2298}}
IP modem: {{IP_ADDRESS|192.168.1.254}} – {{IP_ADDRESS|fd12:3456:789a::1}}
Nota ({{PERSON|Andrea}}): mi sento più {{neg:name-word|serena}}, scrive la cliente, dopo il reset la linea va.`),
  t("email", `Buongiorno,

vorrei disdire l'abbonamento in palestra dal {{neg:date|1 settembre}}. Tessera n. {{neg:member-number|PV-20418}}.

Grazie,
{{PERSON|Alessandro Gallo}}
cell. {{PHONE|+39 348 771 0265}}`),
]
