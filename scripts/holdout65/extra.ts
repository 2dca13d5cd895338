// A second batch, written one by one after the first 184 texts came out at 56 % PERSON: number-heavy texts (call-back
// queues, CRM dumps, payment and security forms, business SMS, voicemail-to-text) for every locale.
import { mk } from "./markup.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const de = mk("de-DE")
const ch = mk("de-CH")
const fr = mk("fr-FR")
const fb = mk("fr-BE")
const es = mk("es-ES")
const it = mk("it-IT")
const nl = mk("nl-NL")
const nb = mk("nl-BE")
const pl = mk("pl-PL")
const sv = mk("sv-SE")
const no = mk("nb-NO")
const fi = mk("fi-FI")
const pt = mk("pt-PT")

export const EN_US_2 = [
  us("ticket", `MID VALLEY POWER – STORM CALLBACK QUEUE (night shift, {{neg:date|12/05}})
acct {{neg:account-number|88-10442-7}} | {{PHONE|559-281-7740}} | tree on line, Shaw Ave
acct {{neg:account-number|88-20917-1}} | {{PHONE|(559) 438-0126}} | medical baseline, oxygen
acct {{neg:account-number|88-04471-9}} | {{PHONE|5592904415}} | no answer x2
acct {{neg:account-number|88-55120-3}} | {{PHONE|559.437.2208}} ext 4 | business, walk-in freezer
Supervisor on call: {{PHONE|(559) 263-9000}}`),
  us("note", `Payroll call {{neg:date|12/04}} – new lift operator couldn't upload the W-4, read me his social security number over the phone: {{US_SSN|five two nine, three one, eight eight zero four}}. Entered it. First # he gave was {{neg:ssn-invalid|000-31-8804}}, he corrected himself. Name on file {{PERSON|Tobiah Renfro}}, cell {{PHONE|970-389-1156}}.`),
  us("ticket", `lingoleaf_fraud_review_export.csv
email,signup_ip,card,status
{{EMAIL|qa.tester+1@example.com}},{{IP_ADDRESS|203.0.113.51}},{{neg:masked-card|xxxx-1906}},ok
{{EMAIL|m.osei.learns@example.net}},{{IP_ADDRESS|2001:db8:beef::42}},{{CARD|2227 4130 5588 1906}},chargeback
{{EMAIL|hola.rachel@example.org}},{{IP_ADDRESS|198.51.100.9}},{{neg:luhn-invalid|4539 0177 8214 6533}},declined`),
  us("sms", `Voicemail (0:21) from {{PHONE|(702) 319-4400}}: "yeah this is treadpro on flamingo your tires are in, give us a call back at {{PHONE|seven oh two, three one nine, four four zero zero}} to set up install, thanks"`),
  us("ticket", `Pageturner Books – Corporate Account Card Authorization
Company: Harbor & Pine Architects LLP
Card type: American Express
Card number: {{CARD|3782 941563 77106}}
Expiry: {{neg:card-expiry|06/29}}
Authorized purchaser phone: {{PHONE|(206) 448-7130}}
Billing contact email: {{EMAIL|ap@harborpine.example.com}}
Monthly limit: {{neg:amount|$2,500}}`),
  us("ticket", `Seasonal staff reactivation – Cold Spring Mountain
SSN: {{US_SSN|079-66-3125}}
Returning position: Rental shop tech
Prior badge: {{neg:member-number|CSM-25-0919}}
Phone: {{PHONE|970.453.8821}}
Alt phone (parents, Texas): {{PHONE|(512) 301-7746}}
Uniform deposit: {{neg:amount|$40.00}}`),
]

export const EN_GB_2 = [
  gb("ticket", `Viewing Licence Office – callback list, {{neg:date|7 December}}
1. {{PHONE|0117 929 4470}} – re: refund, DD cancelled
2. {{PHONE|+44 7700 155 604}} – student, moved out {{neg:date|30/06}}
4. {{PHONE|01925 481 226}} – no answer, try after 6
5. {{PHONE|0300 790 6135}} ext. 211 – housing association`),
  gb("note", `Payroll: {{PERSON|Lewis}} at Oakwright rang to check his NI number after his P60 showed {{neg:nino-invalid|QQ 12 34 56 C}} (a placeholder). Correct national insurance number: {{UK_NINO|KM 27 81 49 B}}. Updated; pay ref {{neg:reference|OKW-2291}}.`),
  gb("sms", `Pennine Power Networks: power restored in {{neg:postcode|HX7 8AB}} at {{neg:time|17:52}}. If you're still off, call free on {{PHONE|0800 028 4471}} or text {{PHONE|07537 410 883}}. Ref {{neg:case-number|INC-448120}}`),
  gb("ticket", `PrintPocket – account takeover investigation
Account email: {{EMAIL|r.haworth@example.org}}
Login from: {{IP_ADDRESS|fd3c:8a21:44::9}} (home router), then {{IP_ADDRESS|203.0.113.200}} (unknown)
Card added: {{CARD|5446 1290 8733 4023}}
Card removed: {{neg:masked-card|**** 4023}}
Recovery phone: {{PHONE|07984 604 337}}`),
]

export const DE_DE_2 = [
  de("ticket", `Netzbetrieb Weserland – Rückrufliste Störung {{neg:reference|ST-26-1187}}
- {{PHONE|0421 / 49 33 71}} (Arztpraxis, Kühlschrank Impfstoffe!)
- {{PHONE|+49 421 2084 4190}}
- {{PHONE|04202-51 87 33}} – AB, nochmal probieren
Bereitschaft Meister: {{PHONE|0421 / 3 59 00-12}}`),
  de("email", `Betreff: Kartenzahlung fehlgeschlagen – Lernfix Familienabo

Hallo,

beim Abschluss des Familienabos ({{neg:amount|119,99 €}} jährlich) wird meine Karte {{CARD|4917 4826 0391 1573}} abgelehnt. Bitte buchen Sie stattdessen per Lastschrift ab. Meine Anmeldung kam übrigens von {{IP_ADDRESS|2001:db8:de:4::1}}, falls das für Ihre Prüfung wichtig ist.

Grüße
{{PERSON|Fatma Yıldız}}
{{EMAIL|fatma.yildiz@example.com}}`),
]

export const DE_CH_2 = [
  ch("ticket", `Bergbahnen Gletschhorn – Rückerstattung Saisonabo (Unfall)
Abo-Nr.: {{neg:member-number|01-1614-3391-0082}}
Betrag: {{neg:amount|CHF 1'090.00}}
IBAN: {{IBAN|CH30 0078 8000 4621 9083 1}}
Telefon: {{PHONE|+41 76 335 91 02}}
E-Mail: {{EMAIL|s.gerber-mueller@example.com}}
Arztzeugnis: liegt vor`),
  ch("sms", `Combox-Nachricht von {{PHONE|027 966 71 00}}: "Grüezi, hier ist das Pneuhaus Oberwallis, Ihre Winterpneus sind montiert, Sie können den Wagen ab {{neg:time|16 Uhr}} abholen. Rückfragen unter {{PHONE|null zwei sieben, neun sechs sechs, einundsiebzig, null null}}."`),
]

export const FR_FR_2 = [
  fr("ticket", `Réseau Électrique Val-de-Loire – rappels à effectuer (incident {{neg:reference|INC-49-2210}})
• {{PHONE|02 41 88 19 04}} – boulangerie, chambre froide
• {{PHONE|06 22 71 40 58}} – personne sous assistance respiratoire ⚠️
• {{PHONE|0033 2 41 50 77 13}} – répondeur`),
  fr("ticket", `Librairie Les Mots Passants – Remboursement commande annulée
Commande : {{neg:order-number|LMP-2026-41880}}
Montant : {{neg:amount|58,70 €}}
IBAN : {{IBAN|FR76 1450 5000 0108 0027 3654 142}}
IBAN saisi d'abord (refusé) : {{neg:iban-checksum|FR77 1450 5000 0108 0027 3654 142}}
E-mail : {{EMAIL|commandes@motspassants.example.com}}
Tél. : {{PHONE|05 61 22 48 30}}`),
]

export const FR_BE_2 = [
  fb("sms", `ORW Pannes : le courant est rétabli rue de la Station, {{neg:postcode|4100}} Seraing, depuis {{neg:time|15h40}}. Nouvelle coupure ? Appelez le {{PHONE|078 78 78 00}} ou le {{PHONE|04 342 18 90}}.`),
  fb("ticket", `TaxiClic – Paiement refusé
Compte : {{EMAIL|y.benali@example.net}}
Carte : {{CARD|4761 7300 4589 2216}}
Tentative avec : {{neg:luhn-invalid|4761 7300 4589 2219}}
Adresse IP : {{IP_ADDRESS|192.0.2.66}}
GSM : {{PHONE|0495/12.44.87}}`),
]

export const ES_ES_2 = [
  es("ticket", `Distribuidora Eléctrica del Turia – avisos pendientes de devolver
{{PHONE|963 52 18 40}} · comercio, cámara frigorífica
{{PHONE|+34 687 20 14 93}} · persona con oxígeno domiciliario
{{PHONE|960 01 44 73}} · comunidad de vecinos, ascensor`),
  es("email", `Asunto: Devolución forfait – lesión

Buenos días:

Adjunto el parte médico. Os ruego que me devolváis los {{neg:amount|389,00 €}} del forfait de temporada en la cuenta {{IBAN|ES70 2085 9252 0003 3071 9412}} (no en la {{neg:iban-checksum|ES71 2085 9252 0003 3071 9412}}, que es antigua).

Un saludo,
{{PERSON|Ainhoa Urrutia}}
{{PHONE|688 14 30 52}}`),
]

export const IT_IT_2 = [
  it("ticket", `E-Rete Lombarda – richiamate guasto {{neg:reference|GU-2026-7718}}
{{PHONE|02 4851 3320}} – farmacia, frigo vaccini
{{PHONE|0039 02 6612 0745}} – segreteria
{{PHONE|331-908-4416}} – persona con respiratore`),
  it("sms", `Messaggio in segreteria da {{PHONE|011 562 33 90}}: "buongiorno la chiamo dal gommista ruotaviva di torino le gomme sono pronte può richiamarci al {{PHONE|zero uno uno, cinque sei due, trentatré, novanta}} grazie"`),
]

export const NL_NL_2 = [
  nl("ticket", `Netbeheer Delta-Noord – terugbellijst storing {{neg:reference|STR-88410}}
{{PHONE|038-421 66 90}} – huisartsenpraktijk
{{PHONE|+31 6 4418 2073}} – thuisbeademing!
{{PHONE|0031 38 465 1120}}`),
  nl("ticket", `Taalmaatje – terugbetaling
Account: {{EMAIL|s.elkaoui@example.com}}
Bedrag: {{neg:amount|€ 59,99}}
IBAN: {{IBAN|NL20 ABNA 0527 1936 48}}
Opgegeven IBAN (fout): {{neg:iban-checksum|NL02 ABNA 0527 1936 48}}
Laatste login: {{IP_ADDRESS|fd00:a1b2:3::17}}
Telefoon: {{PHONE|06-38 11 74 02}}`),
]

export const NL_BE_2 = [
  nb("sms", `Voicemail van {{PHONE|015 41 29 77}}: "hallo met het tuincentrum in mechelen uw bestelling ligt klaar ge kunt ons terugbellen op {{PHONE|nul vijftien, eenenveertig, negenentwintig, zevenenzeventig}} tot {{neg:time|18u}} dank u"`),
  nb("ticket", `Boekhandel Leesgraag – webformulier
Naam: {{PERSON|Van Acker, Sofie}}
E-mail: {{EMAIL|sofie.vanacker@example.org}}
GSM: {{PHONE|+32 486 71 20 55}}
Vaste lijn: {{PHONE|09/225.41.08}}
Bericht: graag factuur op naam van de school, ondernemingsnummer {{neg:tax-id|BE 0412.771.039}}`),
]

export const PL_PL_2 = [
  pl("ticket", `Sieć Energetyczna Pomorze – lista oddzwonień (awaria {{neg:reference|AW-26-3310}})
{{PHONE|58 552 40 18}} – przychodnia
{{PHONE|+48 507 330 129}} – koncentrator tlenu!
{{PHONE|(58) 344 90 21}} – wspólnota mieszkaniowa`),
  pl("sms", `Wulkanizacja Oponex: opony zimowe zamontowane, do zapłaty {{neg:amount|240 zł}}. Odbiór do {{neg:time|18:00}}. Pytania: {{PHONE|22 613 48 05}}. Zapłać kartą lub BLIKIEM na {{PHONE|512 667 019}}.`),
]

export const SV_SE_2 = [
  sv("ticket", `Elnät Mälardalen – återuppringning, avbrott {{neg:reference|AVB-26-0441}}
{{PHONE|0221-194 30}} – vårdcentral
{{PHONE|+46 76 118 40 92}} – syrgas i hemmet!
{{PHONE|0046 21 14 90 77}}`),
  sv("ticket", `Fjällbacken Skidanläggning – återbetalning säsongskort
Kortnr: {{neg:member-number|FB-26-40771}}
Belopp: {{neg:amount|3 490 kr}}
IBAN: {{IBAN|SE53 3000 0000 8371 6490 2511}}
E-post: {{EMAIL|kassa@fjallbacken.example.com}}
Telefon: {{PHONE|0647-177 00}}`),
]

export const NB_NO_2 = [
  no("ticket", `Fjordnett – tilbakeringing etter strømbrudd {{neg:reference|FN-99120}}
{{PHONE|55 20 44 19}} – legekontor
{{PHONE|+47 906 12 733}} – oksygen hjemme!
{{PHONE|41 22 90 36}} – svarer ikke`),
  no("email", `Emne: Refusjon heiskort

Hei,

jeg brakk foten første dag og ber om refusjon av sesongkortet ({{neg:amount|kr 4 290}}). Kontonummer: {{IBAN|NO04 1250 4437 196}}. Legeerklæring ligger ved.

Hilsen
{{PERSON|Håkon Fjeldstad}}
{{PHONE|934 02 117}}`),
]

export const FI_FI_2 = [
  fi("ticket", `Sähköverkko Järvi-Suomi – takaisinsoittolista (vika {{neg:reference|VK-26-5521}})
{{PHONE|014 449 2210}} – terveysasema
{{PHONE|+358 40 718 2260}} – happirikastin kotona!
{{PHONE|044-219 06 61}} – ei vastaa`),
  fi("ticket", `Kirjakauppa Sivu – palautus
Tilaus: {{neg:order-number|KS-2026-31177}}
Summa: {{neg:amount|42,90 €}}
IBAN: {{IBAN|FI07 1590 3000 4682 74}}
Sähköposti: {{EMAIL|asiakaspalvelu@kirjakauppasivu.example.org}}
Asiakkaan puhelin: {{PHONE|050 441 9037}}`),
]

export const PT_PT_2 = [
  pt("ticket", `Rede Elétrica do Douro – chamadas a devolver (avaria {{neg:reference|AV-26-0918}})
{{PHONE|22 483 10 27}} – farmácia
{{PHONE|+351 912 300 884}} – oxigénio domiciliário!
{{PHONE|93 871 20 45}} – não atende`),
  pt("ticket", `Pneus Ribatejo – pagamento online
Encomenda: {{neg:order-number|PR-55021}}
Cartão: {{CARD|5100 1837 2946 5213}}
Cartão anterior (inválido): {{neg:luhn-invalid|5100 1837 2946 5216}}
IP: {{IP_ADDRESS|10.44.0.9}}
Telemóvel: {{PHONE|963 118 402}}
Email: {{EMAIL|vendas@pneusribatejo.example.net}}`),
]
