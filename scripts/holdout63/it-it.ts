// it-IT texts: written one by one (centro di procreazione assistita, trasporto scolastico, multisala, crocchette in
// abbonamento, autoscuola, ricarica auto elettriche, biblioteca, traghetti con auto, polizza funeraria, ciclofficina).
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_IT = [
  t("chat", `Centro PMA Villa Aurelia – prenotazioni
[08:50] Tu: buongiorno, devo spostare il monitoraggio di domani
[08:51] {{PERSON|Chiara}} (Accettazione): Buongiorno! Nome e cognome?
[08:51] Tu: {{PERSON|Francesca Esposito}}
[08:52] {{PERSON|Chiara}} (Accettazione): Posso darle venerdì {{neg:date|11 dicembre}} alle {{neg:time|8:30}} con la dott.ssa {{PERSON|Ferraro}}.
[08:52] Tu: va bene, mi chiami al {{PHONE|347 218 6604}} se cambia`),
  t("email", `Oggetto: Iscrizione scuolabus a.s. 2026/27

Gentile Ufficio Trasporti,

chiedo l'iscrizione al servizio scuolabus per mia figlia {{PERSON|Sofia Marchetti}}, classe 1ª, plesso Collodi. Abitiamo in via dei Mille 14, {{neg:postcode|40121}} Bologna.

Recapiti: {{PHONE|051 644 2819}}, cellulare {{PHONE|+39 333 904 1176}}.

Cordiali saluti,
{{PERSON|Davide Marchetti}}`),
  t("sms", `MultiSala Odeonia: prenotazione {{neg:booking-ref|MS-2207-7419}} confermata, sab {{neg:date|12/12}} ore {{neg:time|21:15}}, sala 7. Info {{PHONE|02 8944 1730}}`),
  t("transcript", `OPERATORE: CroccoBox, sono {{PERSON|Matteo}}, come posso aiutarla?
CLIENTE: Buongiorno, sono {{PERSON|Speranza Russo}}, volevo sospendere l'abbonamento delle crocchette per un mese.
OPERATORE: Certo, signora {{PERSON|Russo}}. Mi conferma il numero di cellulare?
CLIENTE: {{PHONE|tre quattro nove, sei sei uno, due zero otto tre}}
OPERATORE: {{PHONE|349 661 2083}}, perfetto. Sospeso fino al {{neg:date|15 gennaio}}.`),
  t("note", `Autoscuola Semaforo: allievo {{PERSON|Karim Benyoussef}}, foglio rosa scade {{neg:date|28/02/2027}}. Prenotata guida autostradale. Saldo {{neg:amount|€ 320,00}} con carta {{neg:masked-card|**** 5531}}. Tel {{PHONE|011 437 8820}}.`),
  t("ticket", `RICARICA ITALIA – SEGNALAZIONE {{neg:ticket-number|SEG-77104}}
Utente: {{PERSON|Lorenzo Gallo}}
Telefono: {{PHONE|0039 335 710 4488}}
Email: {{EMAIL|l.gallo@posta.example}}
Colonnina: {{neg:charger-id|RI-MI-04417}}
App: versione {{neg:version|6.0.3}}
IP dispositivo: {{IP_ADDRESS|2001:db8:77:1::4c}}`),
  t("chat", `Biblioteca Civica – chat
Tu: ciao, posso prorogare il prestito?
{{PERSON|Giorgia}} (Biblioteca): Certo! Numero tessera?
Tu: {{neg:member-number|BC 3309 2271}}
{{PERSON|Giorgia}} (Biblioteca): Prorogato fino al {{neg:date|23/12/2026}}.`),
  t("email", `Da: Traghetti Tirreno <{{EMAIL|prenotazioni@traghettitirreno.example}}>
A: {{PERSON|Gianluca Pinna}}
Oggetto: Modifica prenotazione auto {{neg:booking-ref|TT-OLB-88210}}

Gentile {{PERSON|Gianluca}},
la sua prenotazione Livorno–Olbia del {{neg:date|20 dicembre}} è stata aggiornata: auto con targa {{neg:plate|GH 418 KT}} e portabici. Supplemento {{neg:amount|€ 42,00}}.
Per assistenza: {{PHONE|0565 91 44 02}}`),
  t("transcript", `operatrice polizze serenità buongiorno sono {{PERSON|annalisa}}
cliente buongiorno chiamo per la polizza funeraria di mio padre {{PERSON|salvatore greco}} è mancato ieri
operatrice mi dispiace molto mi dà il codice polizza
cliente {{neg:policy-number|PS 4417 0982}}
operatrice e un recapito
cliente {{PHONE|tre tre otto, ventuno, quarantaquattro, sessantasette, nove}}`),
  t("note", `Polizze Serenità: rimborso spese funerarie a {{PERSON|Marta Greco}} su {{IBAN|IT36 X054 2811 1010 0000 4718 293}}. Primo IBAN dettato {{neg:iban-checksum|IT37 X054 2811 1010 0000 4718 293}} errato. Importo {{neg:amount|€ 3.200,00}}. Tel {{PHONE|095 713 2248}}.`),
  t("sms", `Ciclofficina Raggio: ciao {{PERSON|Pietro}}, la tua bici è pronta! {{neg:amount|€ 35}}. Aperti fino alle {{neg:time|19:30}}. {{PHONE|06 4471 9023}}`),
  t("ticket", `CICLOFFICINA RAGGIO – SCHEDA CLIENTE
Cliente: {{PERSON|Bianchi, Elena}}
Cell.: {{PHONE|328 5519 047}}
Bici: Pinarello Razha, telaio {{neg:serial-number|BI 2207 4418 9}}
Pagamento: {{CARD|3714 4960 2181 737}}`),
]
