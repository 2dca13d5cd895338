// it-IT texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_2 = [
  t("chat", `(21:03) Tu: il modem non va, luce rossa su "internet"
(21:04) {{PERSON|Matteo}} @ Voxa Fibra: Ciao! Apri {{IP_ADDRESS|192.168.1.1}} e dimmi l'IP WAN
(21:06) Tu: {{IP_ADDRESS|198.51.100.201}}
(21:06) {{PERSON|Matteo}} @ Voxa Fibra: Ok, e l'indirizzo IPv6?
(21:07) Tu: {{IP_ADDRESS|2001:db8:1234:5678::a}}
(21:08) {{PERSON|Matteo}} @ Voxa Fibra: La linea è su. Aggiorno il firmware alla {{neg:version|7.1.4}}, il modem si riavvia.`),
  t("note", `richiamata sig. {{PERSON|Ciro Esposito}} per la bolletta luce ({{neg:amount|€ 243,12}}). vuole rateizzare in 3 rate. ok dal {{neg:date|15/07}}. nuovo IBAN per domiciliazione {{IBAN|IT80 A030 6909 6061 0000 0121 994}}; il primo dettato era {{neg:iban-checksum|IT41 S054 2811 1010 0000 0123 456}}, errato. tel {{PHONE|081 552 4471}}`),
  t("email", `Buongiorno,

vi scrivo perché il corriere ha lasciato il mio pacco ({{neg:tracking-number|PV 2026 9903 1187}}) sul pianerottolo senza firma, ed è sparito. Il valore è di {{neg:amount|€ 320,00}}.

Potete contattarmi al {{PHONE|345 902 1183}} o al numero di casa {{PHONE|055 247 9016}}.

Distinti saluti,
{{PERSON|Roberta Fabbri}}
{{EMAIL|roberta.fabbri@example.org}}`),
  t("email", `Da: {{PERSON|Luca Bernardi}} <{{EMAIL|luca.bernardi@example.com}}>
A: {{EMAIL|sinistri@stradasicura.example}}
Oggetto: Sinistro del {{neg:date|2 febbraio}} – targa {{neg:plate|FK 482 LM}}

Salve,

allego il modulo CAI firmato anche dall'altro conducente, sig.ra {{PERSON|Anna Ricci}} (tel. {{PHONE|348 661 0274}}). Il mio numero di polizza è {{neg:policy-number|SS-0051902}}.

Grazie,
{{PERSON|Luca}}`),
  t("transcript", `Operatrice: Banca del Golfo, servizio carte, sono {{PERSON|Silvia}}.
Cliente: Buonasera, ho perso il portafoglio con la carta dentro.
Operatrice: Mi dispiace. Nome e cognome?
Cliente: {{PERSON|Emanuele Greco}}.
Operatrice: Ha il numero della carta?
Cliente: Sì, ce l'ho qui: {{CARD|5312 6690 0418 2279}}.
Operatrice: Bloccata. Vuole un SMS di conferma al numero che finisce in 44?
Cliente: No, il numero è cambiato: {{PHONE|tre due nove, sette sette, zero uno, quattro quattro, otto}}.`),
  t("transcript", `operatore: studio dentistico centro sorriso {{PERSON|paolo}} buongiorno
paziente: buongiorno sono {{PERSON|giovanna mancini}} avevo un appuntamento giovedì ma non posso venire
operatore: nessun problema le va bene lunedì {{neg:time|11:30}}
paziente: sì va bene
operatore: la richiamiamo al {{PHONE|zero sei, cinquantasei, quarantuno, ventidue, novanta}} per conferma`),
  t("summary", `Chiamata del {{neg:date|3 novembre}}: il cliente {{PERSON|Mohamed El Mansouri}} chiede un duplicato della carta d'imbarco per il volo {{neg:flight-number|AZ 2032}}. Inviata a {{EMAIL|m.elmansouri@example.net}}. Bagaglio extra pagato con carta {{CARD|4716 8823 0091 4452}}, {{neg:amount|€ 45,00}}.`),
  t("summary", `Reclamo: la sig.ra {{PERSON|Bianca Marchetti}} non riceve più le bollette via email. Aggiornato indirizzo a {{EMAIL|bianca.marchetti@example.com}}. Contratto {{neg:contract-number|LI-CTR-449102}}. {{neg:name-word|Franco}} domicilio per il nuovo contatore? Sì, nessun costo. Cell {{PHONE|366 190 4402}}.`),
  t("form", `Nominativo: {{PERSON|Rossi, Giorgio}}
Telefono: {{PHONE|+39 02 4817 2290}}
Email: {{EMAIL|giorgio.rossi@example.org}}
Codice cliente: {{neg:customer-number|VX-1184029}}
Indirizzo: Via Garibaldi 18, {{neg:postcode|20121}} Milano`),
  t("form", `| campo | valore |
| paziente | {{PERSON|Ilaria Fontana}} |
| telefono | {{PHONE|049 876 5521}} |
| medico | dott.ssa {{PERSON|Caterina Villa}} |
| data | {{neg:date|22/10/2026}} |
| ora | {{neg:time|08:45}} |`),
  t("chat", `{{PERSON|Sara}}: salve vorrei disdire l'abbonamento
Assistenza StreamBox: Ciao {{PERSON|Sara}}, ci dispiace! Qual è l'email dell'account?
{{PERSON|Sara}}: {{EMAIL|sara.donati@example.com}}
Assistenza StreamBox: Fatto. L'abbonamento resta attivo fino al {{neg:date|30 giugno}}.`),
  t("note", `cliente {{PERSON|Nicola Bruno}} – portabilità numero {{PHONE|328 445 1902}} da altro operatore. ICCID {{neg:sim-number|8939 1044 2110 3388 2291}}. attivazione entro {{neg:date|20/03}}. email {{EMAIL|nicola.bruno@example.net}}`),
]
