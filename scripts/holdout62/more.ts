// A second batch for the ten other locales, written one by one: CRM dumps, call-back queues, web forms and logs.
import { mk } from "./markup.ts"

export const EN_IE_2 = [
  mk("en-IE")("ticket", `CALLBACK QUEUE — Liffeyside Insurance
caller_id: {{PHONE|00353 1 677 2094}}
alt: {{PHONE|+44 7723 409 118}} (UK mobile, customer working in Belfast)
policy: {{neg:policy-number|LHI-3312904}}
email: {{EMAIL|d.okafor@mailbox.example}}
submitted_from: {{IP_ADDRESS|192.0.2.146}}
notes: wants to add granny flat to home cover`),
]

export const EN_AU_2 = [
  mk("en-AU")("note", `Kookaburra Mobile - port-in failed for {{PHONE|0468 201 739}}, losing carrier says account no mismatch. Cust gave acct {{neg:account-number|TLS 4471 2093}}. Contact email {{EMAIL|jess.whitford@inbox.example}}, alt {{PHONE|(07) 3846 2201}}. Order {{neg:order-number|KM-PORT-77210}}. Signed up via {{IP_ADDRESS|2001:db8:1402::88}}.`),
]

export const DE_DE_2 = [
  mk("de-DE")("ticket", `RÜCKRUFWUNSCH – Stadtwerke Ratenzahlung
Anrufer-ID: {{PHONE|0049 30 2219 4408}}
Mobil: {{PHONE|+49 151 23907714}}
E-Mail: {{EMAIL|rueckruf.kunde77@postfach.example}}
Vertragskonto: {{neg:contract-number|VK 4410 2297 3}}
Zählerstand: 044718 kWh am {{neg:date|01.12.2026}}
Bankverbindung: {{IBAN|DE50 1005 0000 1063 4988 12}}
Kartenzahlung abgelehnt: {{neg:luhn-invalid|5401 2988 7364 0218}}`),
]

export const FR_FR_2 = [
  mk("fr-FR")("ticket", `DEMANDE DE RAPPEL – OndeMobile
Numéro appelant : {{PHONE|0033 6 52 18 40 97}}
Autre numéro : {{PHONE|04.91.33.72.06}}
Courriel : {{EMAIL|contact.famille.b@courriel.example}}
Motif : contestation facture {{neg:invoice-number|FA-2026-1108432}} ({{neg:amount|87,30 €}})
IBAN de remboursement : {{IBAN|FR76 2004 1010 0505 0001 3020 620}}
Connexion depuis : {{IP_ADDRESS|198.51.100.19}}`),
]

export const ES_ES_2 = [
  mk("es-ES")("ticket", `SOLICITUD DE LLAMADA – Seguros Hogar Mediterráneo
Teléfono: {{PHONE|0034 933 18 47 20}}
Móvil: {{PHONE|+34 722 09 41 83}}
Email: {{EMAIL|reclamaciones.familia.soto@correo.example}}
Póliza: {{neg:policy-number|HM-55209931}}
Tarjeta para franquicia: {{CARD|4761 7330 0912 8452}}
Tarjeta rechazada antes: {{neg:luhn-invalid|4761 7330 0912 8453}}
IP: {{IP_ADDRESS|10.12.0.77}}`),
]

export const IT_IT_2 = [
  mk("it-IT")("ticket", `RICHIESTA RICHIAMATA – VeloceMobile
Numero chiamante: {{PHONE|0039 02 4471 2093}}
Cellulare: {{PHONE|+39 366 204 8817}}
Email: {{EMAIL|famiglia.greco@posta.example}}
Codice cliente: {{neg:customer-number|VM-66129011}}
IBAN rimborso: {{IBAN|IT10 X030 6909 6061 0000 0063 412}}
IP ultimo accesso: {{IP_ADDRESS|fd12:3456:789a::1}}`),
]

export const NL_NL_2 = [
  mk("nl-NL")("ticket", `TERUGBELVERZOEK – Golfnet
Beller-ID: {{PHONE|0031 20 794 1182}}
Mobiel: {{PHONE|+31 6 4418 2730}}
E-mail: {{EMAIL|terugbellen.fam.dekker@postvak.example}}
Klantnummer: {{neg:customer-number|GN-8815530}}
Creditcard: {{CARD|5358 0021 7743 6097}}
IP: {{IP_ADDRESS|192.168.178.24}}
Postcode: {{neg:postcode|2511 CV}}`),
]

export const SV_SE_2 = [
  mk("sv-SE")("ticket", `ÅTERUPPRINGNING – Vågnät
Nummerpresentatör: {{PHONE|0046 8 640 22 19}}
Mobil: {{PHONE|+46 70 318 44 92}}
E-post: {{EMAIL|kundservice.arende@brevlada.example}}
Kundnr: {{neg:customer-number|VN-3319402}}
Återbetalning till: {{IBAN|SE72 8000 0810 3400 0978 3242}}
Felaktigt angivet först: {{neg:iban-checksum|SE83 8000 0810 3400 0978 3242}}
IP: {{IP_ADDRESS|203.0.113.97}}`),
]

export const NB_NO_2 = [
  mk("nb-NO")("ticket", `TILBAKERINGING – Bølgenett
Anrops-ID: {{PHONE|0047 22 41 70 38}}
Mobil: {{PHONE|+47 991 20 447}}
E-post: {{EMAIL|familien.berge@postkasse.example}}
Kundenr: {{neg:customer-number|BN-5528810}}
Refusjon til konto: {{IBAN|NO13 9710 0212 349}}
Kort: {{CARD|4023 6001 8854 7329}}
IP: {{IP_ADDRESS|10.20.30.41}}`),
]

export const FI_FI_2 = [
  mk("fi-FI")("ticket", `TAKAISINSOITTOPYYNTÖ – Aaltoverkko
Soittajan numero: {{PHONE|00358 9 2291 4470}}
Matkapuhelin: {{PHONE|+358 40 772 1836}}
Sähköposti: {{EMAIL|asiakas.virtanen.j@posti.example}}
Asiakasnro: {{neg:customer-number|AV-7738412}}
Palautustili: {{IBAN|FI25 1572 0230 0588 16}}
IP: {{IP_ADDRESS|2001:db8:9f::3a}}`),
]
