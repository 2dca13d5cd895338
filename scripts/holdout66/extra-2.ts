// A third batch, written after the first 182 texts: seventeen more, spread over the eight locales, with fewer names.
import { mk } from "./markup.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ca = mk("en-CA")
const au = mk("en-AU")
const de = mk("de-DE")
const fr = mk("fr-FR")
const es = mk("es-ES")
const it = mk("it-IT")

export const EN_US_3 = [
  us("sms", `Cedarpoint: A payment of {{neg:amount|$1,604.33}} posted to loan ending {{neg:reference|7733}} on {{neg:date|12/01}}. Didn't make this payment? Call {{PHONE|1.877.203.6614}} now.`),
  us("ticket", `Skylark Airways – web claim form
Claim type: pilfered item (headphones)
Flight SK 1190 ORD–SEA
Name on booking: Ms {{PERSON|Esi Mensah-Larbi}}
Reimbursement card: {{CARD|6011-0004-5529-8137}}
Phone (home): {{PHONE|206 932 4410}}   Phone (work): {{PHONE|206-615-0872}} x118
Submitted from {{IP_ADDRESS|2001:db8:7d0::b3}}`),
  us("chat", `PedalGo in-app chat
Rider: app charged me for a 3 hr ride, I docked after 12 min!!
PedalGo Support: Sorry! Which dock?
Rider: 8th & Pine. my friend saw it lock, you can call her {{PHONE|206.441.7719}}
PedalGo Support: No need, I can see the dock fault at {{neg:time|4:12 PM}}. Refunded {{neg:amount|$14.25}}.`),
]

export const EN_GB_3 = [
  gb("email", `From: {{EMAIL|installs@fibrewise.example}}
To: {{EMAIL|mr.okwuosa@example.org}}
Subject: Your Fibrewise installation on {{neg:date|17 December}}

Hello {{PERSON|Obinna}},

Please make sure someone over 18 is in from {{neg:time|8am}}. Your engineer will ring {{PHONE|07403 118 926}} about 30 minutes before arriving. If you need to move the date, call {{PHONE|0333 014 6612}}.

Fibrewise`),
  gb("note", `Rxpress complaint: customer says pharmacist refused Sertraline repeat. GP surgery confirmed new prescription issued. Apologised. Goodwill {{neg:amount|£10}} voucher. Cust mobile {{PHONE|+44 (0) 7866 241 503}}, alt landline {{PHONE|01273 804 219}}.`),
  gb("ticket", `Motorleaf Vehicle Leasing – Early termination request
Customer: {{PERSON|Haddad, Rania}}
Agreement: {{neg:contract-number|MLV-0044218}}
Settlement figure: {{neg:amount|£6,912.40}}
Refund of deposit to: {{IBAN|IE26 AIBK 9311 5212 9034 82}} (customer moving to Dublin)
Irish mobile: {{PHONE|+353 87 419 2286}}`),
]

export const EN_CA_3 = [
  ca("transcript", `[00:00:04] AGENT: Northlink roaming desk, {{PERSON|Priya}} speaking.
[00:00:07] CALLER: Hi, I'm in Mexico City and my phone says no service.
[00:00:10] AGENT: Let me reset your network profile. What's the number on the account?
[00:00:13] CALLER: It's {{PHONE|416-839-2271}}.
[00:00:18] AGENT: Thanks. Done. Restart the phone; if it fails, call us free from abroad at {{PHONE|+1 416 552 0190}}.`),
]

export const EN_AU_3 = [
  au("ticket", `Eastgate Uni — Payment dispute
Student ID: {{neg:student-number|EU40218834}}
Card charged twice for {{neg:amount|AUD 1,980}}: {{CARD|4903 1187 7206 1453}}
Bank reference {{neg:reference|RTX 229 184}}
Student phone {{PHONE|0422 107 385}}; guardian in Malaysia {{PHONE|+60 12 338 4471}}`),
  au("sms", `Coral Stays: Your booking {{neg:booking-ref|CS8K21}} in Noosa is confirmed for {{neg:date|9 January}}. Reception {{PHONE|(07) 5447 3310}}.`),
]

export const DE_DE_3 = [
  de("email", `Betreff: Erstattung Doppelbuchung Hotel

Sehr geehrtes Team,

für meinen Aufenthalt im Hotel Lindenhof Leipzig wurde der Betrag von {{neg:amount|236,00 €}} zweimal abgebucht. Bitte erstatten Sie auf mein niederländisches Konto {{IBAN|NL93 RABO 0301 8273 64}}.

Viele Grüße
{{PERSON|Maarten de Vries}}
{{PHONE|+31 6 4418 2973}}`),
  de("transcript", `AGENT: Stadtstrom Havelland, Wechselservice, guten Tag.
KUNDIN: Guten Tag, ich möchte zu Ihnen wechseln. Rufen Sie mich bitte zurück unter {{PHONE|null drei drei acht eins, vierundsiebzig, neunzehn, zweiundsechzig}}.
AGENT: Also {{PHONE|null drei drei acht eins, vierundsiebzig, neunzehn, zweiundsechzig}}, richtig?
KUNDIN: Genau.`),
]

export const FR_FR_3 = [
  fr("ticket", `Mutuelle Clairval – Demande de prise en charge hospitalière
Adhérent : {{PERSON|Rakotomalala, Hery}}
N° adhérent : {{neg:member-number|MC 771 204 18}}
Établissement : Clinique du Parc, {{neg:postcode|69006}} Lyon
Date d'entrée : {{neg:date|14/12/2026}}
Téléphone : {{PHONE|04 78 24 91 60}} / portable {{PHONE|07 68 12 40 55}}`),
  fr("email", `Objet : Carte refusée – commande Marché Plus

Bonjour,

Ma carte {{CARD|3790 128845 10023}} a été refusée alors que le plafond n'est pas atteint. J'ai essayé depuis chez moi ({{IP_ADDRESS|192.168.0.14}}). Pouvez-vous vérifier ?

{{PERSON|Bastien}}`),
]

export const ES_ES_3 = [
  es("email", `De: {{EMAIL|devoluciones@mercadillo.example}}
Para: {{EMAIL|ana.belen.ruiz@example.net}}
Asunto: Devolución {{neg:return-number|DV-2026-88410}} aceptada

Hola {{PERSON|Ana Belén}}:

Hemos recibido tu paquete. El reembolso de {{neg:amount|54,90 €}} llegará en 3-5 días hábiles. Para cualquier duda, llámanos al {{PHONE|910 88 42 17}}.

Equipo de Mercadillo Online`),
  es("note", `Gimnasio GymForja, baja temporal: socio con lesión de hombro, justificante médico recibido {{neg:date|04/12/2026}}. Cuota {{neg:amount|39,90 €}} congelada 2 meses. Teléfono {{PHONE|633.41.80.27}}.`),
]

export const IT_IT_3 = [
  it("chat", `Televento Roaming
Tu: sono in Svizzera e mi arrivano SMS di addebito
{{PERSON|Giorgia}} (Televento): Salve! La Svizzera non è in UE. Vuole attivare il pacchetto da {{neg:amount|9,99 €}}?
Tu: sì, numero {{PHONE|331 448 2093}}
{{PERSON|Giorgia}} (Televento): Attivato ✅ Conferma inviata a {{EMAIL|clienti@televento.example}}.`),
  it("ticket", `Salute Vela – Richiesta rimborso
Assicurato: {{PERSON|Pellegrini, Nicoletta}}
Prestazione: fisioterapia, 8 sedute
Importo: {{neg:amount|400,00 €}}
IBAN: {{IBAN|IT33 L031 1101 6000 0000 0882 017}}
Telefono: {{PHONE|0541 778 210}}`),
]
