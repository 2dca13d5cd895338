// A second batch of texts in the ten non-English locales, written one by one after the first 97: callback lists,
// transcripts, tickets, with more phone numbers and fewer names per text.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const at = mk("de-AT")
const fr = mk("fr-FR")
const ch = mk("fr-CH")
const nl = mk("nl-NL")
const be = mk("nl-BE")
const es = mk("es-ES")
const pt = mk("pt-PT")
const it = mk("it-IT")
const pl = mk("pl-PL")

export const DE_DE_2 = [
  de("note", `Rückrufliste Weinkontor Rebfreunde, {{neg:date|8.12}}.:
– {{PHONE|0711 2294 8170}} (Lieferung beschädigt, {{neg:order-number|RF-B-44120}})
– {{PHONE|0157 3390 2814}} Probierpaket {{neg:amount|49 €}} gewünscht
– {{PHONE|+43 662 871 440}} Kunde aus Salzburg, Versand nach Österreich?`),
  de("summary", `Zusammenfassung Anruf Ticketbörse Platzwechsel: Käufer meldet doppelte Abbuchung. Karte falsch notiert als {{neg:luhn-invalid|5301 2774 8801 9365}}, korrekt ist {{CARD|5301 2774 8801 9364}}. Erstattung {{neg:amount|74,50 €}} veranlasst. Kontakt per Mail {{EMAIL|k.schroeder@example.net}}.`),
  de("chat", `Sprachschule Wortwerk
Sie: Hallo, ist der Einstufungstest online?
Wortwerk-Bot: Ja! Link kommt per Mail. Ihre Adresse?
Sie: {{EMAIL|hanna.roth@example.com}}
Wortwerk-Bot: Danke 🙂 Bei Fragen: {{PHONE|069 9432 1870}}, Mo–Fr {{neg:time|9:00}}–{{neg:time|16:00}}.`),
  de("transcript", `ANRUFERIN: Ja, guten Tag, ich ruf an wegen der Solaranlage, der Zähler läuft rückwärts?
AGENT: Das ist normal bei Einspeisung 🙂 Darf ich Ihre Anlagennummer haben?
ANRUFERIN: {{neg:serial-number|SN 44 0921 7730}}
AGENT: Danke. Ich schicke Ihnen die Erklärung. Ihre Nummer für Rückfragen?
ANRUFERIN: {{PHONE|0351 4418 2270}}`),
]

export const DE_AT_2 = [
  at("transcript", `AGENT: Pfandleihe Dorotheum-Nord, {{PERSON|Ingrid}} am Apparat.
ANRUFER: Grüß Gott, läuft mein Pfand am Freitag ab? Schein {{neg:reference|DN 22 0918}}.
AGENT: Ja, am {{neg:date|12. Dezember}}. Verlängerung kostet {{neg:amount|18,60 €}}.
ANRUFER: Gut, ich komm vorbei. Falls was ist: {{PHONE|0650 771 2049}}.`),
  at("ticket", `Ticketweitergabe AT – Betrugsverdacht {{neg:case-number|BV-2211}}
Verkäufer-Konto: {{EMAIL|tickets.graz@example.org}}
Login-IP: {{IP_ADDRESS|2001:db8:ac10::1f}}
Auszahlungskonto: {{IBAN|AT49 3200 0007 1244 8390}}`),
]

export const FR_FR_2 = [
  fr("note", `Liste de rappels – Soleil d'Oc, {{neg:date|9 décembre}} :
• {{PHONE|05 61 22 48 90}} – onduleur en défaut, Toulouse
• {{PHONE|0033 6 45 18 27 03}} – client à l'étranger, devis batterie
• {{PHONE|07 68 12 40 59}} – prime autoconsommation {{neg:amount|1 140 €}} pas reçue`),
  fr("summary", `Résumé – Patte Assurance. L'assurée a payé sa cotisation par carte, le premier numéro saisi {{neg:luhn-invalid|4551 0733 6920 4113}} a été refusé, puis {{CARD|4551 0733 6920 4112}} accepté. Montant {{neg:amount|18,90 €}}. Mail de confirmation à {{EMAIL|l.garnier@example.com}}.`),
  fr("email", `Objet : accès salon refusé

Bonjour,
Le {{neg:date|2 décembre}} à {{neg:time|6h40}}, à Roissy, on m'a refusé l'entrée au salon alors que mon billet (réf. {{neg:booking-ref|XK4P2Q}}) l'incluait. Pouvez-vous me rappeler au {{PHONE|01 45 22 87 13}} ?
{{PERSON|Rémi Aubert}}`),
]

export const FR_CH_2 = [
  ch("transcript", `CONSEILLER : Revente Billets Suisse, bonjour.
APPELANTE : bonjour, je veux revendre mes places pour le match du {{neg:date|20 décembre}}
CONSEILLER : D'accord, prix souhaité ?
APPELANTE : {{neg:amount|CHF 85}} la place
CONSEILLER : Noté. Un numéro pour vous joindre ?
APPELANTE : {{PHONE|078 614 22 09}}`),
  ch("ticket", `Régie du Lac – demande {{neg:ticket-number|RL-5519}}
Objet : panne de l'interphone, immeuble Av. de Rumine 30, {{neg:postcode|1005}} Lausanne
Contact : {{PHONE|021 617 40 28}} / {{EMAIL|concierge.rumine@example.org}}`),
]

export const NL_NL_2 = [
  nl("transcript", `AGENT: Steunstroom crowdfunding, goedemiddag.
BELLER: ja hoi, mijn project is gisteren live gegaan maar de betaalknop werkt niet
AGENT: Vervelend! Welke browser en versie?
BELLER: Firefox {{neg:version|133.0.2}}
AGENT: Dank u. We bellen u terug, welk nummer?
BELLER: {{PHONE|06 5218 4470}}`),
  nl("summary", `Samenvatting – Pootjes Verzekerd. Klant wil hond bijverzekeren, premie {{neg:amount|€ 31,75}} p/m. Per ongeluk eerst {{neg:iban-checksum|NL12 ABNA 0417 7293 81}} opgegeven, gecorrigeerd naar {{IBAN|NL34 ABNA 0417 7293 81}}. Bevestiging naar {{EMAIL|m.kuijpers@example.org}}.`),
]

export const NL_BE_2 = [
  be("transcript", `AGENT: Zonnepanelen Vlaanderen, goeiemiddag.
BELLER: ja, dag, mijn digitale meter geeft een fout sinds de installatie
AGENT: Welke foutcode?
BELLER: E-31, en de app zegt versie {{neg:version|2.4.9}}
AGENT: Ik stuur een technieker. Uw gsm?
BELLER: {{PHONE|0486 33 21 70}}`),
  be("ticket", `Pandhuis Antwerpen – klacht {{neg:case-number|PA-3310}}
Klant-e-mail: {{EMAIL|jo.mertens@example.net}}
Tel: {{PHONE|03 226 41 88}}
Bedrag lening {{neg:amount|€ 600}}, vervaldatum {{neg:date|15/01/2027}}`),
]

export const ES_ES_2 = [
  es("note", `Lista de llamadas – Reventa Entradas Ya, {{neg:date|10 de diciembre}}:
1. {{PHONE|633 418 027}} – entradas no llegan, pedido {{neg:order-number|REY-55018}}
2. {{PHONE|+34 93 412 77 08}} – devolución {{neg:amount|84,00 €}}
3. {{PHONE|0044 7957 120 448}} – cliente en Londres`),
  es("chat", `Casa de Empeños El Rastro
Tú: hola, ¿cuánto me dais por una cadena de oro de 18 quilates?
{{PERSON|Marisa}}: ¡Hola! Depende del peso, unos {{neg:amount|38 €}} el gramo hoy. Ven con el DNI 😉
Tú: vale, llamo antes al {{PHONE|915 39 44 27}}?`),
  es("summary", `Resumen – Mascota Segura. Cliente pagó la cuota con tarjeta {{CARD|3786 204195 33178}}. Pidió factura a {{EMAIL|facturas.cliente@example.com}}. IP de la sesión web {{IP_ADDRESS|192.0.2.146}}.`),
]

export const PT_PT_2 = [
  pt("transcript", `AGENTE: Solar Atlântico, bom dia.
CLIENTE: bom dia, o técnico ficou de vir hoje às {{neg:time|10h}} e ainda não veio
AGENTE: Peço desculpa. O número da obra?
CLIENTE: {{neg:order-number|SA-2026-0417}}
AGENTE: O técnico vai ligar-lhe. Confirma o número {{PHONE|926 417 308}}?
CLIENTE: sim`),
  pt("chat", `Revenda de Bilhetes PT
Cliente: vendi 2 bilhetes e o pagamento ainda não caiu 😟
Agente: Olá! O IBAN indicado foi {{neg:iban-checksum|PT50 0007 0000 1200 4471 9023 8}}, que não é válido. Pode confirmar?
Cliente: desculpe, é {{IBAN|PT50 0007 0000 1200 4471 9023 9}}`),
]

export const IT_IT_2 = [
  it("note", `Richiamate – Club del Vino Barrique, {{neg:date|11 dicembre}}:
– {{PHONE|06 6830 2211}} cliente di Roma, cassa danneggiata
– {{PHONE|340 771 2098}} disdetta abbonamento
– {{PHONE|0041 79 412 38 71}} cliente in Svizzera, spedizione?`),
  it("ticket", `Scuola di Lingue Babele – iscrizione
Corso: tedesco A2, dal {{neg:date|13 gennaio}}
Email: {{EMAIL|s.caputo@example.org}}
Cellulare: {{PHONE|328 904 1176}}
Quota: {{neg:amount|€ 290}}`),
]

export const PL_PL_2 = [
  pl("transcript", `KONSULTANT: Fotowoltaika Słoneczny Dach, dzień dobry.
KLIENT: dzień dobry, falownik pokazuje błąd od wczoraj
KONSULTANT: Jaki adres IP widać na wyświetlaczu?
KLIENT: {{IP_ADDRESS|192.168.8.103}}
KONSULTANT: Dziękuję. Technik zadzwoni z numeru {{PHONE|22 745 18 30}}.`),
  pl("ticket", `Bilety z drugiej ręki – zgłoszenie {{neg:ticket-number|BDR-4471}}
Sprzedawca: {{EMAIL|tomek.bilety@example.net}}
Telefon: {{PHONE|+48 605 218 447}}
Kwota: {{neg:amount|320 zł}}, koncert {{neg:date|21.02.2027}}`),
]
