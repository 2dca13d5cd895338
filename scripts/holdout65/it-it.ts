// it-IT texts: written one by one (guasti della rete elettrica, garden center, cucine su misura, stampa foto, lenti a
// contatto in abbonamento, oggetti smarriti di un'app taxi, app di lingue, libreria, gommista, trasporto pazienti,
// skipass).
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_IT = [
  t("transcript", `OPERATORE: E-Rete Lombarda, pronto intervento guasti, sono {{PERSON|Davide}}.
CLIENTE: Buonasera, sono {{PERSON|Graziella Pozzi}}, siamo senza corrente da un'ora a Cinisello, via Matteotti.
OPERATORE: Sì signora, c'è un guasto su una cabina, i tecnici sono già lì. Mi lascia un numero per aggiornarla?
CLIENTE: {{PHONE|tre tre otto, quattro zero due, settantasette, quindici}}
OPERATORE: {{PHONE|338 402 7715}}, perfetto. Per {{neg:name-word|fortuna}} dovrebbe tornare entro le {{neg:time|21.30}}.`),
  t("email", `Oggetto: Consegna piante – ordine {{neg:order-number|GIL-2026-0877}}

Gentile Sig.ra {{PERSON|Colombo}},

le confermiamo la consegna di 3 limoni in vaso e del terriccio per venerdì {{neg:date|11 dicembre}}, fascia {{neg:time|14.00}}–{{neg:time|18.00}}. Il nostro autista {{PERSON|Ivan}} la chiamerà al {{PHONE|335-6128094}} prima di arrivare.

Importo da saldare alla consegna: {{neg:amount|€ 186,50}}.

Cordiali saluti,
{{PERSON|Martina Rinaldi}}
Garden Center Il Glicine – Monza
{{EMAIL|consegne@ilglicine.example.com}}
Tel. {{PHONE|039 230 4418}}`),
  t("chat", `Cucine Arcobaleno – assistenza
[11:02] Cliente: buongiorno, il montatore non si è presentato stamattina
[11:03] {{PERSON|Federica}} (Assistenza): Buongiorno, mi scusi tantissimo. Mi dà il numero di contratto?
[11:03] Cliente: {{neg:contract-number|CA-19-04471}}
[11:04] {{PERSON|Federica}} (Assistenza): Grazie. Era previsto {{PERSON|Salvatore Greco}}, ha avuto un problema col furgone. Domani alle {{neg:time|8.30}} va bene?
[11:04] Cliente: va bene. sono {{PERSON|Emanuele Ricci}}, il cellulare è {{PHONE|+39 333 910 2847}}
[11:05] {{PERSON|Federica}} (Assistenza): Segnato, grazie {{PERSON|Emanuele}}.`),
  t("note", `StampaFoto Lampo – reclamo {{neg:date|02/12}}: cliente {{PERSON|Aurelio Marchetti}}, fotolibro arrivato con copertina rovinata. Rispedito gratis. Pagato con carta {{CARD|5520 1938 4716 2057}} (cliente l'ha scritta nel modulo reclami, da oscurare). Tel. fisso {{PHONE|06 8840 1726}}.`),
  t("sms", `Ottica Vistachiara: Gentile {{PERSON|Serena Bassi}}, le sue lenti a contatto mensili sono pronte. Addebito {{neg:amount|29,90 €}} il {{neg:date|15/12}}. Info 👓 {{PHONE|0471 97 22 15}}`),
  t("ticket", `App Presto Taxi – Oggetto smarrito
Segnalante: {{PERSON|Esposito, Gennaro}}
Oggetto: tablet in custodia blu
Corsa: {{neg:booking-ref|PT-66Z-3019}}, {{neg:date|03/12/2026}} ore {{neg:time|19.45}}
Autista: {{PERSON|Kevin Osagie}}
Telefono segnalante: {{PHONE|0039 081 552 67 30}}
E-mail: {{EMAIL|g.esposito81@example.org}}`),
  t("email", `Da: {{PERSON|Chiara Lombardi}} <{{EMAIL|chiara.lombardi@example.com}}>
A: {{EMAIL|rimborsi@parlapiu.example.net}}
Oggetto: Rimborso abbonamento

Salve,

mi avete addebitato {{neg:amount|€ 89,99}} per il rinnovo annuale dopo che avevo disdetto il {{neg:date|20 novembre}}. Vi chiedo il rimborso sul conto {{IBAN|IT97 K050 3411 7010 0000 0184 426}}.

Il mio ultimo accesso risulta da {{IP_ADDRESS|203.0.113.150}}, non da quello che vedete voi.

Distinti saluti,
{{PERSON|Chiara Lombardi}}`),
  t("transcript", `operatrice: libreria il segnalibro buongiorno
cliente: buongiorno volevo sapere se è arrivato il libro che ho ordinato a nome {{PERSON|bruno ferrante}}
operatrice: un attimo sì è arrivato ieri
cliente: ah bene può mandarmi un messaggio quando posso passare il numero è {{PHONE|tre quattro nove, cinque cinque uno, ventidue, zero otto}}
operatrice: certo signor {{PERSON|ferrante}}`),
  t("ticket", `Gommista Ruotaviva – Scheda deposito pneumatici
Cliente: {{PERSON|Rosa Pellegrini}}
Targa: {{neg:plate|FK 417 ZT}}
Treno gomme: invernali 205/55 R16
Posizione: scaffale {{neg:reference|B-12}}
Cambio: {{neg:date|05/12/2026}}, {{neg:amount|€ 60,00}}
Cellulare: {{PHONE|340 118 2296}}`),
  t("note", `Trasporto pazienti ASL – sig. {{PERSON|Vittorio Sanna}}, 79 anni, dialisi lun/mer/ven ore {{neg:time|7.15}}. Dal {{neg:date|14/12}} cambia indirizzo: via dei Mille 22, {{neg:postcode|09128}} Cagliari. Riferimento figlia {{PERSON|Giovanna}} {{PHONE|070 402 118}} / {{PHONE|328 6019 442}}. Rimborso km su {{IBAN|IT62 P020 0801 6340 0010 5938 271}}.`),
]
