// A fourth batch, two texts per locale, written one by one: voicemail-to-text and missed-call messages, web forms,
// sign-in alerts and payment-change forms, most of them without a name at all.
import { mk } from "./markup.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ca = mk("en-CA")
const za = mk("en-ZA")
const de = mk("de-DE")
const at = mk("de-AT")
const fr = mk("fr-FR")
const qc = mk("fr-CA")
const es = mk("es-ES")
const mx = mk("es-MX")
const it = mk("it-IT")
const br = mk("pt-BR")
const nl = mk("nl-NL")
const pl = mk("pl-PL")

export const EN_US_4 = [
  us("sms", `Voicemail ({{neg:time|0:41}}) from {{PHONE|(919) 886-2014}}: "hey it's about the bus stop change for route 14B, can you call me back at {{PHONE|nine one nine, eight eight six, two oh one four}} or the office line {{PHONE|919 306 7700}}, thanks"`),
  us("ticket", `SOLARA – PAYMENT METHOD CHANGE (web form)
account_no: {{neg:account-number|7100 4471 0082}}
phone: {{PHONE|480-355-0192}}
alt_phone: {{PHONE|+1 602 914 7731}}
email: {{EMAIL|hoa.treasurer@mesaridge.example}}
new_card: {{CARD|3790 1846 2513 826}}
old_card: {{neg:luhn-invalid|5424 1803 9927 7160}}
ssn_last4_entered: 2291
submitted_from: {{IP_ADDRESS|198.51.100.12}}`),
]
export const EN_GB_4 = [
  gb("sms", `Missed call from {{PHONE|01904 628371}} ({{neg:time|16:52}}). Voicemail: "It's about plan {{neg:policy-number|HFP 0447 1982 36}}, please call Hollybrook back on {{PHONE|oh three four five, six oh oh, two two one nine}}."`),
  gb("ticket", `WEB FORM – Update your details (Clutch & Go Driving School)
Learner number: {{neg:customer-number|CG-22907}}
Mobile: {{PHONE|07834 512 906}}
Home: {{PHONE|01257 264 810}}
Email: {{EMAIL|learners@clutchandgo.example}}
Payer NI number: {{UK_NINO|HN 30 72 11 A}}
Payer bank: {{IBAN|GB07 HBUK 4012 7619 0384 72}}
Mistyped first: {{neg:iban-checksum|GB08 HBUK 4012 7619 0384 72}}`),
]
export const EN_CA_3 = [
  ca("sms", `Missed call: {{PHONE|(613) 727-4490}}. Voicemail: "calling about the snow day bus cancellations, my number is {{PHONE|six one three, seven two seven, four four nine oh}}"`),
  ca("ticket", `DESK REPUBLIC – NETWORK ACCESS REQUEST
member_no: {{neg:member-number|DR-T-40917}}
device_mac: 3C:22:FB:91:0A:7E
requested_ip: {{IP_ADDRESS|172.20.4.88}}
ipv6: {{IP_ADDRESS|fd7b:2210:4a::88}}
contact: {{PHONE|416 593 0718}}
email: {{EMAIL|it-requests@deskrepublic.example}}`),
]
export const EN_ZA_3 = [
  za("sms", `Voicemail from {{PHONE|011 486 7720}}: "hi its about the extra driving lessons for {{PERSON|Ayanda}} please call me on {{PHONE|zero seven four, two two one, nine oh three six}} thanks"`),
  za("ticket", `HAPPY HOUND – PAYMENT UPDATE
Customer no: {{neg:customer-number|HH-C-004471}}
Cell: {{PHONE|083 441 2297}}
Work: {{PHONE|+27 11 883 6020}}
Card: {{CARD|4890 6173 0224 5192}}
Previous card: {{neg:masked-card|**** 6620}}
Request IP: {{IP_ADDRESS|203.0.113.77}}`),
]
export const DE_DE_4 = [
  de("sms", `Verpasster Anruf von {{PHONE|04101 563 8821}}. Mailbox: "Ja hallo, wegen dem Schulbus, bitte rufen Sie mich zurück unter {{PHONE|null eins sieben sechs, zweiundzwanzig, vierzehn, achtzehn, dreißig}}."`),
  de("ticket", `WEBFORMULAR – Bankverbindung ändern (Futterfreund)
Kundennummer: {{neg:customer-number|FF-318207}}
Telefon: {{PHONE|030 2218 7741}}
Mobil: {{PHONE|+49 152 0447 3318}}
E-Mail: {{EMAIL|kundenservice@futterfreund.example}}
Neue IBAN: {{IBAN|DE78 3704 0044 7714 2903 16}}
Falsch eingegeben: {{neg:iban-checksum|DE79 3704 0044 7714 2903 16}}`),
]
export const DE_AT_3 = [
  at("sms", `Anruf in Abwesenheit: {{PHONE|0316 71 44 90}}. Sprachnachricht: "KinoWelt Graz, Ihre Reservierung wurde storniert, Rückfragen bitte unter {{PHONE|null drei eins sechs, einundsiebzig, vierundvierzig, neunzig}}."`),
  at("ticket", `ANMELDUNG Radlwerk Online-Service
Auftrag: {{neg:order-number|RW-7790}}
Telefon: {{PHONE|0732 77 12 06}}
Handy: {{PHONE|+43 664 218 7730}}
E-Mail: {{EMAIL|werkstatt@radlwerk.example}}
Karte: {{CARD|5419 0227 4836 1159}}`),
]
export const FR_FR_4 = [
  fr("sms", `Appel manqué du {{PHONE|02 40 73 18 64}}. Message : « c'est pour la carte de car scolaire, rappelez-moi au {{PHONE|zéro sept, quatre-vingt-un, quarante-quatre, zéro deux, quatre-vingt-quinze}} merci »`),
  fr("ticket", `FORMULAIRE – Changement de RIB (RechargeFlux)
N° client : {{neg:customer-number|RF-C-44018}}
Téléphone : {{PHONE|04 72 18 33 90}}
Portable : {{PHONE|+33 6 88 17 42 05}}
Courriel : {{EMAIL|facturation@rechargeflux.example}}
IBAN : {{IBAN|FR76 1027 8060 9100 0204 1735 614}}
IBAN saisi par erreur : {{neg:iban-checksum|FR77 1027 8060 9100 0204 1735 614}}`),
]
export const FR_CA_3 = [
  qc("sms", `Appel manqué : {{PHONE|450 674-2218}}. Message vocal : « c'est pour le transport scolaire, rappelez au {{PHONE|quatre cinq zéro, six sept quatre, vingt-deux, dix-huit}} »`),
  qc("ticket", `CROQUETTES EXPRESS – MISE À JOUR DU COMPTE
No client : {{neg:customer-number|CE-Q-33904}}
Téléphone : {{PHONE|418 662-7704}}
Autre : {{PHONE|+1 581 994 2310}}
Courriel : {{EMAIL|service@croquettesexpress.example}}
Carte : {{CARD|4558703129466089}}
Adresse IP : {{IP_ADDRESS|192.168.0.23}}`),
]
export const ES_ES_4 = [
  es("sms", `Llamada perdida del {{PHONE|954 22 81 36}}. Buzón de voz: "hola llamo de la autoescuela, devuélvame la llamada al {{PHONE|seis uno uno, setenta, treinta y tres, ochenta y cuatro}} gracias"`),
  es("ticket", `FORMULARIO – Domiciliación (Pienso en Casa)
Nº cliente: {{neg:customer-number|PC-220718}}
Teléfono: {{PHONE|913 44 70 12}}
Móvil: {{PHONE|+34 622 903 418}}
Email: {{EMAIL|atencion@piensoencasa.example}}
IBAN: {{IBAN|ES55 0049 1500 0026 1830 4752}}
IP: {{IP_ADDRESS|2001:db8:e5:4::200}}`),
]
export const ES_MX_3 = [
  mx("sms", `Llamada perdida: {{PHONE|442 216 0873}}. Mensaje de voz: "hablo de Manejo Seguro para confirmar la clase del sábado, márqueme al {{PHONE|cuatro cuatro dos, dos uno seis, cero ocho, siete tres}}"`),
  mx("ticket", `COLMENA COWORK – ALTA DE MIEMBRO
Folio: {{neg:member-number|CC-MX-0331}}
Teléfono oficina: {{PHONE|55 5208 4417}}
Celular: {{PHONE|+52 55 3917 0411}}
Correo: {{EMAIL|admin@colmena-cowork.example}}
Tarjeta: {{CARD|6011 2938 4710 0620}}
IP asignada: {{IP_ADDRESS|10.12.8.40}}`),
]
export const IT_IT_4 = [
  it("sms", `Chiamata persa da {{PHONE|051 644 2819}}. Segreteria: "buongiorno chiamo per lo scuolabus, mi richiami al {{PHONE|tre tre tre, nove zero quattro, uno uno sette sei}} grazie"`),
  it("ticket", `MODULO – Cambio dati di pagamento (MultiSala Odeonia)
Codice cliente: {{neg:customer-number|MSO-88120}}
Telefono: {{PHONE|02 8944 1730}}
Cellulare: {{PHONE|+39 347 601 2285}}
Email: {{EMAIL|clienti@multisalaodeonia.example}}
Carta: {{CARD|2227 4190 6315 8278}}
Carta rifiutata: {{neg:luhn-invalid|2227 4190 6315 8279}}`),
]
export const PT_BR_4 = [
  br("sms", `Chamada perdida: {{PHONE|(31) 99104-5528}}. Recado: "oi é sobre a van escolar, me liga no {{PHONE|três um, nove nove, um zero quatro, cinco cinco, dois oito}}"`),
  br("ticket", `FORMULÁRIO – Atualização cadastral (CineMaré)
Cliente: {{neg:customer-number|CM-C-77104}}
Telefone: {{PHONE|(21) 2233-4019}}
Celular: {{PHONE|+55 21 98810-4472}}
E-mail: {{EMAIL|sac@cinemare.example}}
IP de acesso: {{IP_ADDRESS|203.0.113.150}}`),
]
export const NL_NL_4 = [
  nl("sms", `Gemiste oproep van {{PHONE|030 271 8836}}. Voicemail: "goedemiddag het gaat over het leerlingenvervoer, wilt u terugbellen op {{PHONE|nul zes, tweeëntwintig, negentig, vierenveertig, zeventien}}"`),
  nl("ticket", `WEBFORMULIER – Rekening wijzigen (ZonLease)
Klantnummer: {{neg:customer-number|ZL-K-11847}}
Telefoon: {{PHONE|0570 61 33 48}}
Mobiel: {{PHONE|+31 6 5310 2247}}
E-mail: {{EMAIL|administratie@zonlease.example}}
IBAN: {{IBAN|NL52 INGB 0007 3918 42}}
Eerder ingevuld: {{neg:iban-checksum|NL53 INGB 0007 3918 42}}`),
]
export const PL_PL_4 = [
  pl("sms", `Nieodebrane połączenie: {{PHONE|22 756 41 18}}. Poczta głosowa: "dzień dobry w sprawie dowozu do szkoły proszę oddzwonić {{PHONE|pięćset dwanaście, dziewięćset trzy, czterysta czterdzieści sześć}}"`),
  pl("ticket", `FORMULARZ – Zmiana danych płatności (Karmnik Plus)
Nr klienta: {{neg:customer-number|KP-30917}}
Telefon: {{PHONE|61 852 44 10}}
Komórka: {{PHONE|+48 662 418 903}}
E-mail: {{EMAIL|bok@karmnikplus.example}}
Konto: {{IBAN|PL18 2490 0000 0000 0000 0048 2719}}
IP: {{IP_ADDRESS|192.168.8.101}}`),
]
