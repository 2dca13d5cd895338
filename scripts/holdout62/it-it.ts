// it-IT texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_IT = [
  t("chat", `Assicurazioni Casa {{neg:name-word|Serena}} – Denuncia sinistro
[09:30] Tu: buongiorno, stanotte è entrata acqua dal tetto in soffitta
[09:31] {{PERSON|Federica}} (Sinistri): Buongiorno, mi dispiace. Mi indica nome del contraente e numero di polizza?
[09:32] Tu: {{PERSON|Francesco Esposito}}, polizza {{neg:policy-number|CS-8841-2207}}
[09:33] {{PERSON|Federica}} (Sinistri): Grazie {{PERSON|Francesco}}. Il sinistro è il {{neg:claim-number|SX 2026 04417}}. Il perito la chiamerà. A che numero?
[09:33] Tu: {{PHONE|347 218 6093}}`),
  t("note", `Sinistro {{neg:claim-number|SX 2026 04502}} - furto in appartamento, assicurata {{PERSON|Chiara Lombardi}}, Torino {{neg:postcode|10138}}. Denuncia ai Carabinieri del {{neg:date|1 dicembre}}. Franchigia {{neg:amount|200 €}}. Tel. fisso {{PHONE|011 437 2290}}, cell. del marito {{PERSON|Davide}} {{PHONE|333 904 1827}}.`),
  t("email", `Oggetto: Sospensione rate mutuo n. {{neg:loan-number|MU-0044 7712 93}}

Gentili signori,

a seguito della perdita del lavoro chiedo la sospensione delle rate del mutuo (rata mensile {{neg:amount|734,18 €}}) ai sensi del Fondo Gasparrini. Allego la documentazione.

Il conto di addebito resta {{IBAN|IT48 Z020 0802 4350 0010 4428 964}}.

Cordiali saluti,
{{PERSON|Giulia Bernardi}}
Cell. {{PHONE|+39 328 771 0452}}`),
  t("transcript", `OPERATORE: Banca Adriatica, ufficio mutui, sono {{PERSON|Matteo}}, buongiorno.
CLIENTE: Buongiorno, sono {{PERSON|Andreea Popa}}, volevo il conteggio per l'estinzione anticipata.
OPERATORE: Certo signora {{PERSON|Popa}}. Mi conferma un recapito?
CLIENTE: {{PHONE|tre quattro nove, sei sei uno, zero due otto tre}}.
OPERATORE: {{PHONE|349 661 0283}}, perfetto. Il conteggio arriva entro il {{neg:date|15 dicembre}}.`),
  t("sms", `VeloceMobile: Ciao {{PERSON|Salvatore}}, la tua fattura di {{neg:amount|19,99 €}} è disponibile. Addebito il {{neg:date|16/12}}. Assistenza: {{PHONE|800 912 447}}`),
  t("ticket", `RECLAMO FATTURAZIONE
Cliente: {{PERSON|DIALLO Mohamed}}
Numero: {{PHONE|351 440 9182}}
Codice cliente: {{neg:customer-number|VM-66120934}}
Motivo: addebito {{neg:amount|5,99 €}} servizi in abbonamento non richiesti dal {{neg:date|04/10/2026}}
Email: {{EMAIL|m.diallo@posta.example}}
IP: {{IP_ADDRESS|192.168.10.5}}`),
  t("chat", `SpesaVeloce – Assistenza
SpesaVeloce Bot: Ciao! Come possiamo aiutarti?
Cliente: ordine {{neg:order-number|SV-20261204-331}} mancano le uova e il latte
{{PERSON|Elisa}} di SpesaVeloce: Scusa! Ti rimborso {{neg:amount|4,38 €}}. Vuoi che il corriere ti chiami prima di arrivare?
Cliente: si al {{PHONE|392 815 0476}}`),
  t("note", `SpesaVeloce - reclamo. Cliente {{PERSON|Rosaria Caputo}} (anziana), spesa consegnata a un vicino. Rimborso {{neg:amount|61,20 €}}. La figlia {{PERSON|Teresa}} chiede che si chiami il fisso {{PHONE|081 552 3094}}.`),
  t("email", `Oggetto: Disdetta abbonamento StreamItalia

Buongiorno,

vi chiedo di disdire il mio abbonamento dal {{neg:date|1 gennaio 2027}}. Codice abbonato {{neg:member-number|SI-3302198}}. Non addebitate più la carta {{CARD|4023 6001 8854 7329}}.

Grazie,
{{PERSON|Luca Ferri}}
{{EMAIL|luca.ferri@posta.example}}`),
  t("transcript", `operatrice hotel bella vista prenotazioni sono {{PERSON|serena}} buonasera
cliente buonasera vorrei aggiungere una notte alla prenotazione a firenze
operatrice mi dice il codice
cliente {{neg:booking-ref|bv 88 214}}
operatrice e il nome
cliente {{PERSON|xu wei}}
operatrice grazie signor {{PERSON|xu}} aggiungo la notte del {{neg:date|22 dicembre}} la conferma arriva al numero {{PHONE|tre tre otto, quattro due sette, nove nove uno zero}}
cliente sì grazie`),
  t("sms", `Soccorso Stradale Italia: Sig. {{PERSON|Bianchi}}, il carro attrezzi arriva tra 30 minuti circa. Autista: {{PERSON|Gennaro}}. Pratica {{neg:reference|SSI-7720419}}. Tel. {{PHONE|06 4471 2290}}`),
  t("note", `Soccorso A1 area di servizio Cantagallo, foratura. Assicurato {{PERSON|Emanuele Gallo}}, targa {{neg:plate|GF 418 KT}}. Mezzo inviato {{neg:time|12:35}}. Cell. {{PHONE|340 771 2058}}. Polizza {{neg:policy-number|RCA 5501 2294}}.`),
  t("ticket", `OGGETTI SMARRITI – ATM
Nome: {{PERSON|Sofia Marchetti}}
Linea: M2, {{neg:date|2 dicembre}}, verso le {{neg:time|18:10}}
Oggetto: ombrello blu e borsa con occhiali
Telefono: {{PHONE|02 8844 1903}}
Email: {{EMAIL|sofia.marchetti@posta.example}}
CAP: {{neg:postcode|20129}}`),
  t("email", `Oggetto: Rateizzazione bolletta luce, fattura {{neg:invoice-number|FT-2026-0771843}}

Gentile dott.ssa {{PERSON|Ricci}},

come concordato al telefono accetto la rateizzazione di {{neg:amount|512,40 €}} in 5 rate. Addebito su {{IBAN|IT47 K050 3401 6330 0000 0012 345}} (prima avevo scritto per errore {{neg:iban-checksum|IT58 K050 3401 6330 0000 0012 345}}).

Cordiali saluti,
{{PERSON|Pietro Fontana}}
{{PHONE|055 218 4470}}`),
  t("chat", `Ospedale San Gregorio – Prenotazioni ambulatoriali
[15:02] Tu: devo spostare la visita cardiologica di mia madre
[15:03] {{PERSON|Simona}} (CUP): Certo. Nome e data di nascita della paziente?
[15:04] Tu: {{PERSON|Anna Maria Colombo}}, {{neg:date|11/03/1940}}
[15:05] {{PERSON|Simona}} (CUP): Posso darle il {{neg:date|13 gennaio}} alle {{neg:time|10:20}}. SMS di conferma al {{PHONE|335 602 1187}}.`),
  t("sms", `Ospedale San Gregorio: promemoria visita dermatologica {{neg:date|12/12}} ore {{neg:time|8:40}}, ambulatorio 4. Per disdire chiamare {{PHONE|0521 702 114}}.`),
]
