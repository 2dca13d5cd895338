// A second pass of holdout69, one longer text per locale, written one by one after the first 160: longer threads with two
// quoted levels, JSON and HTML pasted into notes, Slack-like threads with bots, said numbers in the Nordic languages, and
// name-words (Will, Rose, Frank) used as ordinary words.
import { mk } from "./mk.ts"

export const X_US = [
  mk("en-US")("email", `Thanks {{PERSON|Gloria}}, that works. I'll drop the forms off Friday.
— {{PERSON|Desmond}}

On Wed, Mar 5, 2025 at 2:10 PM {{PERSON|Gloria Vantassel}} <{{EMAIL|gvantassel@tricounty-cu.example}}> wrote:
> Hi {{PERSON|Desmond}}, for the joint account we'll need your wife's SSN as well.
>
> On Wed, Mar 5, 2025 at 11:58 AM {{PERSON|Desmond Achebe}} <{{EMAIL|d.achebe@homemail.example}}> wrote:
>> My SSN is {{US_SSN|158-40-9236}}, and {{neg:ssn-invalid|912-44-0815}} was a typo on the application.
>> I {{neg:name-word|will}} be in town on {{neg:date|March 7}}. Cell {{PHONE|(609) 845-2173}}.
>
> {{PERSON|Gloria Vantassel}} | Member Services | Tri-County Credit Union | {{PHONE|(609) 394-1180}} x214`),
]
export const X_GB = [
  mk("en-GB")("chat", `Bot  16:02
👋 Hi, I'm Pip, the Brookvale Water assistant. Ask me anything!
You  16:02
my direct debit bounced and I want to speak to a person
Bot  16:03
No problem — connecting you now. Average wait 4 min.
{{PERSON|Saoirse Donnelly}} (Agent)  16:09
Hi, I'm {{PERSON|Saoirse}}. Can I take the account holder's name and postcode?
You  16:10
{{PERSON|Wilfred Ashby}}, {{neg:postcode|BS7 8EJ}}. new bank is {{IBAN|GB57 LOYD 3094 1268 5530 17}}
{{PERSON|Saoirse Donnelly}} (Agent)  16:12
Lovely, updated. Next collection {{neg:date|18 March}}, {{neg:amount|£38.20}}. Anything else?`),
]
export const X_AU = [
  mk("en-AU")("note", `<p><b>Callback request</b></p><ul><li>Name: {{PERSON|Rosemary Tuilagi}}</li><li>Ph: {{PHONE|0427 601 358}}</li><li>Best time: after {{neg:time|4pm}}</li></ul><p>She said to ring her husband {{PERSON|Sefa}} if no answer — he gave it as {{PHONE|oh four nine one, two seven three, six oh five}}, logged {{PHONE|oh four nine one, two seven three, six oh five}}.</p><p>Re: garden {{neg:name-word|rose}} delivery, order {{neg:order-number|GD-3307815}}</p>`),
]
export const X_CA = [
  mk("en-CA")("note", `Pasted from CRM export:
{
  "contact": {"first": "{{PERSON|Émilie}}", "last": "{{PERSON|Charbonneau}}", "phone": "{{PHONE|(613) 749-2058}}", "email": "{{EMAIL|emilie.charbonneau@example.net}}"},
  "account": "{{neg:customer-number|AC-7710394}}",
  "last_payment": "{{neg:amount|$212.40}}",
  "agent": "{{PERSON|Rohan}}"
}`),
]
export const X_DE = [
  mk("de-DE")("email", `Hallo zusammen,

bitte den Vorgang unten übernehmen, ich bin ab morgen im Urlaub.

Viele Grüße
{{PERSON|Benedikt Achterholt}}
Teamleiter Kundenservice Privatkunden
Versorgungswerk Lahn-Dill GmbH | Tel. {{PHONE|06441 780 2215}}

Von: {{PERSON|Cornelia Weißgerber}} <{{EMAIL|c.weissgerber@example.com}}>
Gesendet: Dienstag, 4. März 2025 19:02
An: Service <{{EMAIL|service@vw-lahndill.example}}>
Betreff: AW: AW: Rückzahlung Guthaben

> Am 28.02.2025 um 09:14 schrieb Service:
>> Sehr geehrte Frau {{PERSON|Weißgerber}}, wir benötigen Ihre Bankverbindung.
> Hier: {{IBAN|DE28 5135 0025 0204 7718 63}}. Erreichbar ab {{neg:time|18 Uhr}} unter {{PHONE|0641 9318 274}}.`),
]
export const X_CH = [
  mk("de-CH")("chat", `[07.03.25, 13:15] Kundendienst-Bot: Grüezi! Wie kann ich helfen?
[07.03.25, 13:15] Kunde: Mein Sohn hat mit meiner Karte bestellt
[07.03.25, 13:18] {{PERSON|Fabienne Oberholzer}}: Grüezi, hier {{PERSON|Fabienne}}. Welche Bestellung?
[07.03.25, 13:19] Kunde: {{neg:order-number|CH-8830571}}, Karte {{neg:masked-card|**** 0418}}
[07.03.25, 13:21] {{PERSON|Fabienne Oberholzer}}: Storniert, {{neg:amount|CHF 189.00}} zurück. Rückruf unter {{PHONE|+41 61 272 83 40}}?`),
]
export const X_FR = [
  mk("fr-FR")("ticket", `Historique du dossier {{neg:case-number|DOS-2025-11873}}
━━━━━━━━━━
03/03/2025 09:02 – Création par {{PERSON|Aurore Battistelli}} (niveau 1)
Client : {{PERSON|Grégoire Mahé}} · tél. {{PHONE|02 97 64 18 33}} · {{EMAIL|gregoire.mahe@example.fr.example}}
Problème : double prélèvement de {{neg:amount|39,99 €}}
━━━━━━━━━━
04/03/2025 14:40 – {{PERSON|Aurore Battistelli}} : remboursement demandé sur {{IBAN|FR76 1370 7000 2104 0193 8621 535}}
━━━━━━━━━━
06/03/2025 10:15 – {{PERSON|Yves Kerhervé}} (niveau 2) : remboursé, dossier clos.`),
]
export const X_BE = [
  mk("fr-BE")("email", `Bonjour,

Je vous transfère la réponse de notre client.

{{PERSON|Rachida Bouzian}}
Service clientèle | Énergie Condroz
Tél. {{PHONE|085 31 22 74}}

-------- Message original --------
Objet : RE: votre plan de paiement
Date : 05/03/2025 18:11
De : {{PERSON|Léon Vanhoutte}} <{{EMAIL|leon.vanhoutte@example.org}}>

Madame, je paierai {{neg:amount|120 €}} par mois à partir du {{neg:date|1er avril}}. Mon GSM : {{PHONE|zéro quatre quatre-vingt-six, vingt, quarante et un, soixante-dix-sept}}, soit {{PHONE|zéro quatre quatre-vingt-six, vingt, quarante et un, soixante-dix-sept}}.`),
]
export const X_ES = [
  mk("es-ES")("note", `Nota pegada del CRM:
<table><tr><th>Cliente</th><th>Teléfono</th><th>Correo</th></tr><tr><td>{{PERSON|Consuelo Garrido Pons}}</td><td>{{PHONE|+34 681 207 493}}</td><td>{{EMAIL|cgarridopons@example.com}}</td></tr></table>
Observaciones:&nbsp;pide factura a nombre de su hijo {{PERSON|Adrián Garrido}}. Importe {{neg:amount|96,80 €}}. Tarjeta {{CARD|5400 6218 3390 4715}}, caducidad {{neg:card-expiry|08/27}}.`),
]
export const X_IT = [
  mk("it-IT")("chat", `{{PERSON|Beatrice Colonna}}  09:12
ragazzi, la signora {{PERSON|Franca Deiana}} ha chiamato tre volte per la bolletta
Bot Assistenza  09:12
Ticket {{neg:ticket-number|TK-10482}} creato automaticamente.
{{PERSON|Ettore Sbarra}}  09:15
la richiamo io. numero?
{{PERSON|Beatrice Colonna}}  09:16
ha detto {{PHONE|tre quattro nove, otto due uno, cinque sei zero tre}}: {{PHONE|tre quattro nove, otto due uno, cinque sei zero tre}}`),
]
export const X_NL = [
  mk("nl-NL")("email", `Hoi {{PERSON|Jeroen}},

Zie hieronder, kun jij dit oppakken?

Groet,
{{PERSON|Sanne Wijnberg}}
Teamlead Klantcontact | Woonbond Utrecht
{{PHONE|030 240 8813}}

> Op 5 mrt 2025, om 21:44 heeft {{PERSON|Kees Terpstra}} <{{EMAIL|kees.terpstra@example.com}}> het volgende geschreven:
> Mijn huurtoeslag klopt niet. Bel me: {{PHONE|nul zes, achtentwintig, negenenveertig, nul drie, zeventien}} — {{PHONE|nul zes, achtentwintig, negenenveertig, nul drie, zeventien}}.`),
]
export const X_SE = [
  mk("sv-SE")("summary", `Samtalssammanfattning (AI)
Kund: {{PERSON|Gunnel Björkman}}
Ärende: autogiro, ny bank {{IBAN|SE92 3000 0000 0412 7739 8821}}
Kunden läste upp sitt nummer: {{PHONE|noll sju noll, fyra ett två, åtta åtta sex fem}} — {{PHONE|noll sju noll, fyra ett två, åtta åtta sex fem}}.
Handläggare: {{PERSON|Anton Ek}}. Nästa dragning {{neg:date|27.03.2025}}, {{neg:amount|1 180 kr}}.`),
]
export const X_DK = [
  mk("da-DK")("chat", `{{PERSON|Sebastian Krogh}}  15:40
@{{PERSON|Cecilie}} kunden {{PERSON|Bodil Andersen}} læste sit nummer op: {{PHONE|fire to, tre syv, et nul, otte ni}}
{{PERSON|Cecilie Bech}}  15:42
så det er {{PHONE|fire to, tre syv, et nul, otte ni}}? ringer hende nu
Bot  15:42
Påmindelse: sag {{neg:case-number|SAG-30471}} udløber {{neg:date|10.03.2025}}`),
]
export const X_NO = [
  mk("nb-NO")("email", `Hei {{PERSON|Øystein}},

Se tråden under.

Mvh
{{PERSON|Guro Flatebø}}
Seniorrådgiver, Kundesenter | Bergen Boligbyggelag
Tlf. {{PHONE|55 36 41 80}}

-----Opprinnelig melding-----
Fra: {{PERSON|Øystein Kvamme}} <{{EMAIL|oystein.kvamme@example.no.example}}>
Sendt: onsdag 5. mars 2025 22:10
Emne: Husleie

Husleien på {{neg:amount|9 850 kr}} trekkes fra feil konto. Riktig er {{IBAN|NO79 3208 1174 502}}.`),
]
export const X_FI = [
  mk("fi-FI")("note", `Asiakastiedot (kopioitu CRM:stä)
| Nimi | Puhelin | Sähköposti |
|---|---|---|
| {{PERSON|Pirjo Väisänen}} | {{PHONE|0400 628 417}} | {{EMAIL|pirjo.vaisanen@example.org}} |
| {{PERSON|Teemu Ahonen}} | {{PHONE|nolla neljä nolla, kolme kaksi yksi, viisi viisi kahdeksan kaksi}}: {{PHONE|nolla neljä nolla, kolme kaksi yksi, viisi viisi kahdeksan kaksi}} | – |
Huom: laskun eräpäivä {{neg:date|20.3.2025}}, {{neg:amount|84,20 €}}.`),
]
export const X_PL = [
  mk("pl-PL")("email", `Dzień dobry,

przekazuję wątek do działu reklamacji.

Pozdrawiam
{{PERSON|Aleksandra Kubiak}}
Starszy konsultant | Energa Obsługa Klienta
tel. {{PHONE|58 778 12 40}}

> W dniu 5.03.2025 o 20:31 {{PERSON|Jerzy Szczepański}} <{{EMAIL|jerzy.szczepanski@example.pl.example}}> napisał:
> Płatność kartą {{CARD|4024 0071 5589 2366}} nie przeszła, a wcześniej podałem {{neg:luhn-invalid|4024 0071 5589 2362}}. Proszę o telefon: {{PHONE|692 415 038}}.`),
]
