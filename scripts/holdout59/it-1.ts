// it-IT texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_1 = [
  t("chat", `[10:14] Cliente: buongiorno, la mia SIM non prende più
[10:15] {{PERSON|Giulia}} – Assistenza Voxa: Buongiorno! Mi dice il numero della linea?
[10:15] Cliente: {{PHONE|347 218 9034}}
[10:16] {{PERSON|Giulia}} – Assistenza Voxa: Grazie. L'intestatario è {{PERSON|Alessandro Ferri}}?
[10:16] Cliente: sì
[10:18] {{PERSON|Giulia}} – Assistenza Voxa: La SIM risulta sospesa per mancato pagamento di {{neg:amount|€ 12,99}} del {{neg:date|1 marzo}}. Può pagare dall'app ({{neg:version|5.3.1}}).`),
  t("chat", `{{PERSON|Chiara}}: ciao! il pacco doveva arrivare ieri 📦
PaccoVeloce: Ciao {{PERSON|Chiara}}, mi dai il codice di spedizione?
{{PERSON|Chiara}}: {{neg:tracking-number|PV 2026 7718 0344}}
PaccoVeloce: È in deposito a Bologna, {{neg:postcode|40128}}. Consegna prevista domani tra le {{neg:time|9:00}} e le {{neg:time|13:00}}.
{{PERSON|Chiara}}: ok se non ci sono lasciatelo alla portineria, sig. {{PERSON|Bruno}}`),
  t("note", `chiamata sig.ra {{PERSON|Teresa Lombardo}}, contesta addebito {{neg:amount|€ 89,00}} sulla carta {{neg:masked-card|**** 6612}}. aperta pratica {{neg:case-number|BNK-IT-33019}}. richiamare al {{PHONE|333 4471 920}} dopo le {{neg:time|18:00}}`),
  t("note", `Sig. {{PERSON|Kevin Zhou}} segnala contatore gas bloccato. Matricola {{neg:meter-number|GAS 0044 1982 77}}. Tecnico il {{neg:date|12/05}} mattina. Tel. {{PHONE|02 8734 1290}}. Cliente dice: mi sento più {{neg:name-word|serena}} se viene presto (è la moglie che parla, {{PERSON|Li Zhou}}).`),
  t("email", `Oggetto: Rimborso volo {{neg:flight-number|AZ 1764}} cancellato

Gentili signori,

il mio volo Roma–Palermo del {{neg:date|18 aprile}} è stato cancellato. Chiedo il rimborso di {{neg:amount|€ 147,80}} (codice prenotazione {{neg:booking-ref|MX4T7P}}) sul seguente conto:
{{IBAN|IT60 X054 2811 1010 0000 0123 456}}

Resto a disposizione al {{PHONE|+39 328 771 0452}}.

Cordiali saluti,
{{PERSON|Francesca De Luca}}`),
  t("email", `Gentile sig. {{PERSON|Esposito}},

le confermiamo l'appuntamento presso lo Studio Dentistico Centro Sorriso per martedì {{neg:date|9 giugno}} alle {{neg:time|15:30}} con il dott. {{PERSON|Marco Santoro}}.

Per disdette chiami lo {{PHONE|06 4521 8876}} almeno 24 ore prima.

Cordialmente,
{{PERSON|Valentina}}
Segreteria
{{EMAIL|segreteria@studiodentistico.example}}`),
  t("transcript", `Operatore: Luce Italia, buongiorno, sono {{PERSON|Davide}}.
Cliente: Buongiorno, sono {{PERSON|Giuseppe Marino}}, volevo comunicare l'autolettura.
Operatore: Certo. Il codice cliente?
Cliente: {{neg:customer-number|LI-7730219}}.
Operatore: Grazie. E un recapito telefonico?
Cliente: {{PHONE|tre tre nove, quattro due uno, zero otto sette sei}}.
Operatore: {{PHONE|Tre tre nove, quattro due uno, zero otto sette sei}}. Perfetto, signor {{PERSON|Marino}}.`),
  t("transcript", `[00:00:02] operatrice: assicurazioni strada sicura {{PERSON|elena}} buongiorno
[00:00:05] cliente: salve sono {{PERSON|antonio russo}} devo denunciare un sinistro
[00:00:09] operatrice: mi dice il numero di polizza
[00:00:11] cliente: {{neg:policy-number|SS-0044718}}
[00:00:16] operatrice: e un numero per il perito
[00:00:18] cliente: {{PHONE|tre quattro sette, ventuno, diciotto, novantatré, zero}}
[00:00:25] operatrice: va bene la contatteranno entro due giorni`),
  t("summary", `Riepilogo chiamata – {{neg:date|04/03/2026}}
Cliente: {{PERSON|Martina Colombo}}
Motivo: doppio addebito abbonamento streaming ({{neg:amount|€ 9,99}})
Esito: rimborso disposto, ticket {{neg:ticket-number|STR-IT-8812}}
Contatto: {{EMAIL|martina.colombo@example.com}}`),
  t("summary", `Il sig. {{PERSON|Arben Hoxha}} chiama per cambio intestazione della linea fissa a nome della figlia {{PERSON|Elira Hoxha}}. Numero fisso {{PHONE|011 562 3391}}. Documenti da inviare a {{EMAIL|documenti@voxa.example}}. Pratica {{neg:case-number|VX-2026-1183}}.`),
  t("form", `Cognome: {{PERSON|Lo Bianco}}
Nome: {{PERSON|Salvatore}}
Tel.: {{PHONE|091 611 2847}}
Cell.: {{PHONE|0039 340 118 2290}}
E-mail: {{EMAIL|s.lobianco@example.net}}
CAP: {{neg:postcode|90133}}
Data di nascita: {{neg:date|12/12/1967}}`),
  t("form", `cliente={{PERSON|Federica Gallo}}; cell={{PHONE|+393201847731}}; carta={{CARD|4024 0071 5523 8818}}; scad={{neg:card-expiry|10/28}}; ordine={{neg:order-number|ORD-IT-55421}}; importo={{neg:amount|€ 64,50}}`),
]
