// it-IT texts: written one by one (mutui, attivazione fibra, bagagli, programma fedeltà, noleggio a lungo termine,
// assicurazione sanitaria, segreteria studenti, farmacia online, traslochi, roaming, cambio fornitore luce, resi,
// palestra, bike sharing).
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_IT = [
  t("chat", `Banca Dolomia – Mutui
[11:05] Tu: buongiorno, vorrei sospendere due rate del mutuo, ho perso il lavoro
[11:06] {{PERSON|Federica}} (Mutui): Buongiorno, mi dispiace. Può accedere al Fondo Gasparrini. Mi conferma il numero di mutuo?
[11:06] Tu: {{neg:loan-number|MU 0044 81920}}
[11:08] {{PERSON|Federica}} (Mutui): Grazie sig. {{PERSON|Esposito}}. Le invio il modulo a {{EMAIL|gennaro.esposito@example.com}}.`),
  t("email", `Da: {{PERSON|Chiara Fontanesi}} <{{EMAIL|chiara.fontanesi@example.net}}>
A: {{EMAIL|attivazioni@fibraluce.example}}
Oggetto: Attivazione fibra – secondo appuntamento mancato

Buongiorno,

il tecnico doveva venire il {{neg:date|4 dicembre}}, non si è presentato. Codice ordine {{neg:order-number|FL-2026-33817}}. Potete richiamarmi al {{PHONE|347 218 4490}} o in ufficio allo {{PHONE|02 8844 3107}}?

Cordiali saluti,
{{PERSON|Chiara Fontanesi}}`),
  t("transcript", `OPERATORE: FibraLuce assistenza tecnica, sono {{PERSON|Davide}}.
CLIENTE: Salve, sono {{PERSON|Rosaria Lo Presti}}, il modem lampeggia rosso da ieri.
OPERATORE: Mi dà un numero per il tecnico?
CLIENTE: {{PHONE|Tre tre tre, quarantuno, ventotto, novantadue, zero sette}}.
OPERATORE: {{PHONE|tre tre tre, quarantuno, ventotto, novantadue, zero sette}}, perfetto.`),
  t("ticket", `Aeroalpi – Rapporto bagaglio smarrito (PIR)
Pratica: {{neg:reference|FCOAA41190}}
Passeggero: {{PERSON|BIANCHI, Giovanni Maria}}
Volo AA 302 Catania–Roma, {{neg:date|01/12/2026}}
Bagaglio: trolley verde, etichetta {{neg:tracking-number|AA 882014}}
Cellulare: {{PHONE|+39 338 419 2207}}
Email: {{EMAIL|gm.bianchi@example.org}}`),
  t("sms", `Aeroalpi: il suo bagaglio arriverà domani tra le {{neg:time|10:00}} e le {{neg:time|14:00}}. Corriere {{PERSON|Salvatore}}: {{PHONE|392 771 0483}}.`),
  t("note", `Programma fedeltà Alberghi Corallo: ospite {{PERSON|Anna Maria Ferraro}} chiede punti per soggiorno a Taormina ({{neg:date|20/10}}–{{neg:date|24/10}}). Accreditati. Richiamare la figlia {{PERSON|Giulia}} allo {{PHONE|06 4471 2289}}.`),
  t("chat", `NoleggioPiù – Assistenza
Visitatore: la mia auto a noleggio lungo termine ha una spia accesa
{{PERSON|Matteo}} – NoleggioPiù: Buongiorno! Targa?
Visitatore: {{neg:plate|GK 441 ZT}}
{{PERSON|Matteo}} – NoleggioPiù: Grazie, sig.ra {{PERSON|Colombo}}. Le prenoto l'officina convenzionata. Le scrivo su WhatsApp al {{PHONE|+39 340 882 1937}}?
Visitatore: sì grazie`),
  t("email", `Oggetto: Rimborso visita specialistica – Salute Vela

Gentili signori,

allego la fattura della visita cardiologica del dott. {{PERSON|Marchetti}} ({{neg:amount|180 €}}). Vi chiedo il rimborso sul conto {{IBAN|IT30 X054 2811 1010 0000 0723 456}}.

Numero polizza: {{neg:policy-number|SV-7719-2043}}

Cordiali saluti,
{{PERSON|Lorenzo Gallo}}
{{PHONE|011 544 7820}}`),
  t("ticket", `Università di Valmarecchia – Segreteria studenti
Richiesta rimborso tasse
Studente: {{PERSON|Adeyemi, Oluwaseyi}}
Matricola: {{neg:student-number|0000984412}}
Importo: {{neg:amount|856,00 €}}
IBAN: {{IBAN|IT88 Z030 6909 6061 0000 0063 219}}
IBAN sbagliato indicato prima: {{neg:iban-checksum|IT18 Z030 6909 6061 0000 0063 219}}
Email: {{EMAIL|o.adeyemi@studenti.example.org}}`),
  t("transcript", `farmacista: farmacia online salvia buonasera sono {{PERSON|elisa}}
cliente: buonasera mi chiamo {{PERSON|vincenzo russo}} devo pagare l'ordine ma il sito non va
farmacista: mi può dare il numero della carta
cliente: {{CARD|cinque tre zero uno sette quattro quattro zero zero nove due uno tre sette sei otto}}
farmacista: grazie pagamento riuscito`),
  t("note", `Traslochi Fratelli Arno: preventivo per {{PERSON|Kateryna Shevchenko}}, Firenze → Bologna il {{neg:date|15/01/2027}}, {{neg:amount|1.120 €}}. Ascensore esterno richiesto. Tel {{PHONE|055 218 4470}}, cell. {{PHONE|+380 67 441 2093}} (Ucraina).`),
  t("sms", `Televento: Benvenuto in Albania! Roaming extra UE {{neg:amount|5 €}}/giorno. Assistenza: {{PHONE|+39 06 9448 2710}}.`),
  t("chat", `Energia Chiara – Cambio fornitore
[17:44] Tu: ho attivato l'offerta luce ma voglio annullare, ci ho ripensato 😬
[17:45] {{PERSON|Serena}} (Energia Chiara): Nessun problema, ha 14 giorni per il ripensamento. Il POD?
[17:45] Tu: {{neg:meter-number|IT001E44182930}}
[17:46] {{PERSON|Serena}} (Energia Chiara): Annullato. Risulta attivato da {{IP_ADDRESS|192.168.1.77}}, quindi dalla sua rete di casa.`),
  t("ticket", `MercatoFacile – Reso contestato
Acquirente: {{PERSON|De Luca, Martina}}
Ordine: {{neg:order-number|MF-20931-7714}}
Articolo: scarpe, {{neg:amount|79,90 €}}
Carta: {{neg:masked-card|**** 8820}}
IP: {{IP_ADDRESS|2001:db8:39::c0}}
Telefono: {{PHONE|0039 329 448 1702}}`),
  t("email", `Oggetto: Sospensione abbonamento PalestraVita

Ciao {{PERSON|Roberto}},

come detto al telefono, sospendo l'abbonamento per gravidanza dal {{neg:date|7 gennaio}} al {{neg:date|7 aprile}}. Allego il certificato della dott.ssa {{PERSON|Greco}}.

Grazie,
{{PERSON|Ilaria Conti}}
{{PHONE|349 118 2064}}`),
  t("sms", `Chiamata persa da {{PHONE|02 3661 4428}}. BiciMi Più: {{PERSON|Alessandro}}, la bici non risulta riconsegnata. Chiamaci allo {{PHONE|zero due, trentasei, sessantuno, quarantaquattro, ventotto}}.`),
]
