// A second batch of texts in the six other languages, written one by one after the first 145: more speech-to-text
// transcripts, old screens, IP addresses, mistyped cards and IBANs.
import { mk } from "./markup.ts"

const de = mk("de-DE")
const nl = mk("nl-NL")
const fr = mk("fr-FR")
const es = mk("es-ES")
const pt = mk("pt-PT")
const sv = mk("sv-SE")

export const DE_DE_2 = [
  de("asr", `agent: parkfix support was kann ich tun
kunde: die app stürzt ab seit dem update auf {{neg:version|6.0.2}}
agent: welche e-mail-adresse ist hinterlegt
kunde: {{EMAIL|tobi.reinhardt@example.net}}
agent: danke ich setze das konto zurück`),
  de("asr", `[00:01:05] Agent: unter welcher nummer sollen wir zurückrufen
[00:01:08] Kunde: {{PHONE|null acht neun, vier fünf, zwei eins, siebenundsiebzig, dreißig}}
[00:01:15] Agent: {{PHONE|null acht neun vier fünf zwei eins sieben sieben drei null}} danke`),
  de("asr", `sprecher 1: campingplatz seeblick guten tag
sprecher 2: ja hallo ich wollte die anzahlung überweisen aber die iban stimmt nicht
sprecher 1: welche haben sie denn
sprecher 2: {{neg:iban-checksum|DE45 5001 0517 5407 3249 31}}
sprecher 1: ah nein richtig ist {{IBAN|DE44 5001 0517 5407 3249 31}}`),
  de("legacy", `TERMINALUEBERSICHT LOTTO-ANNAHME  FIL {{neg:reference|0447}}
TERMINAL  {{IP_ADDRESS|192.168.10.77}}    STATUS OFFLINE SEIT {{neg:time|07:40}}
IPV6      {{IP_ADDRESS|2001:db8:77::a1}}
TECHNIKER {{PHONE|0800 330 4417}}`),
  de("note", `Dentallabor: Zahnarztpraxis ruft wegen Rechnung {{neg:invoice-number|RE-2026-1187}} an ({{neg:amount|412,50 €}}). Zahlung per Karte {{CARD|4917 6203 8841 0572}} gewünscht, Ansprechpartnerin {{PERSON|Svetlana Iwanowa}}.`),
]

export const NL_NL_2 = [
  nl("asr", `medewerker: wat is uw e-mailadres
beller: {{EMAIL|m.bouzid@example.com}} m van marie b o u z i d
medewerker: dank u dan stuur ik de factuur van {{neg:amount|€ 89}} daarheen`),
  nl("asr", `[00:00:20] Agent: welke kaart wilt u gebruiken
[00:00:23] Klant: {{neg:luhn-invalid|5391 4720 8816 3926}}
[00:00:30] Agent: die wordt geweigerd
[00:00:32] Klant: o sorry laatste cijfer is een vijf dus {{CARD|5391 4720 8816 3925}}`),
  nl("legacy", `STORINGSMELDING CV   MELDNR {{neg:order-number|SM-88120}}
KLANT    {{PERSON|DE GRAAF, WILLEMIJN}}
TEL      {{PHONE|06 2108 4477}}
MODEM IP {{IP_ADDRESS|192.168.2.254}}
KETEL    INTERGAS HRE  SW {{neg:version|1.8.4}}`),
  nl("voicemail", `Voicemail van {{PHONE|070 3418 220}}: "goedemiddag u spreekt met het tandtechnisch lab, de kroon voor uw patiënt is klaar, u kunt hem vanaf {{neg:time|15:00}} ophalen, dag"`),
]

export const FR_FR_2 = [
  fr("asr", `conseiller: pour le remboursement j'ai besoin de votre iban
client: alors {{IBAN|FR76 3000 6000 0172 8196 4051 229}}
conseiller: merci et votre mail
client: {{EMAIL|j.ndiaye@example.com}}`),
  fr("asr", `[00:00:05] Agent: vous appelez de quel numéro
[00:00:07] Client: {{PHONE|zéro sept, quatre-vingt-deux, quarante-quatre, dix-neuf, trente}}
[00:00:15] Agent: très bien le technicien chaudière passe {{neg:date|mercredi 10 décembre}}`),
  fr("asr", `agent: l'application plante quelle version
client: {{neg:version|2.14.0}} sur iphone
agent: et l'adresse ip qui s'affiche dans l'erreur
client: {{IP_ADDRESS|203.0.113.201}}`),
  fr("legacy", `CAMPING LES PINS DORES - FICHE CLIENT   N° {{neg:customer-number|CL 204417}}
NOM       {{PERSON|MARTIN-DIALLO, AMINATA}}
TEL       {{PHONE|02 40 73 18 66}}
EMAIL     {{EMAIL|AMINATA.MD@EXAMPLE.NET}}
SEJOUR    {{neg:date|04/07/2027}} - {{neg:date|11/07/2027}}`),
  fr("note", `Appli stationnement : rappel client au {{PHONE|06 44 19 82 07}}, double débit {{neg:amount|3,60 €}} remboursé. Carte enregistrée {{neg:masked-card|•••• 2952}}.`),
]

export const ES_ES_2 = [
  es("asr", `agente: me da su correo electrónico
cliente: {{EMAIL|m.ortega.vidal@example.com}}
agente: gracias le enviamos el justificante de la multa de {{neg:amount|80 €}}`),
  es("asr", `[00:00:10] Agente: y un teléfono fijo
[00:00:12] Cliente: {{PHONE|nueve uno, cuatro cuatro siete, veintiocho, diecisiete}}
[00:00:20] Agente: perfecto el técnico de la caldera irá el {{neg:date|viernes 5 de diciembre}}`),
  es("legacy", `LAB DENTAL - TERMINALES   SEDE SEVILLA
PC RECEPCION  {{IP_ADDRESS|10.0.14.5}}
ESCANER 3D    {{IP_ADDRESS|10.0.14.9}}   FW {{neg:version|4.2.1}}
RESP.         {{PERSON|CASTRO LEAL, NURIA}}  {{PHONE|954 21 88 03}}`),
  es("ivr", `bot: Hola, soy el asistente de LoteríaPlus. ¿Tu número de socio?
tú: {{neg:member-number|SP 44 1872}}
bot: Gracias. Para el premio de {{neg:amount|150 €}} necesito tu IBAN.
tú: {{IBAN|ES31 0049 1827 8233 0844 1562}}`),
]

export const PT_PT_2 = [
  pt("asr", `operador: qual é o seu email
cliente: {{EMAIL|rita.m.sousa@example.com}}
operador: obrigado a fatura da manutenção de {{neg:amount|75 €}} segue hoje`),
  pt("asr", `[00:00:06] Agente: e o iban para o reembolso
[00:00:09] Cliente: {{IBAN|PT50 0035 0012 0004 4182 7399 5}}
[00:00:18] Agente: obrigado fica registado`),
  pt("legacy", `URA LOG  LOTARIA  {{neg:date|02/12/2026}}
CHAMADOR  {{PHONE|22 608 14 47}}
IP GW     {{IP_ADDRESS|172.20.1.1}}
PREMIO    {{neg:amount|250,00 EUR}}  REF {{neg:reference|LT-88214}}`),
  pt("email", `Assunto: Cartão recusado

Boa tarde, tentei pagar a coima com o cartão {{neg:luhn-invalid|2223 8401 9275 5336}} mas foi recusado. Depois usei {{CARD|2223 8401 9275 5334}} e passou. Podem confirmar?
{{PERSON|Duarte Vaz}}`),
]

export const SV_SE_2 = [
  sv("asr", `agent: vilken e-post har du på kontot
kund: {{EMAIL|pelle.lundgren@example.net}}
agent: tack appen ska fungera i version {{neg:version|8.3.1}}`),
  sv("asr", `[00:00:04] Agent: och vilket nummer ringer du från
[00:00:06] Kund: {{PHONE|noll åtta, fem fyra fem, ett två noll, tre tre}}
[00:00:14] Agent: okej böterna på {{neg:amount|500 kr}} är betalda`),
  sv("legacy", `KASSASYSTEM CAMPING   ENHET 3
IP        {{IP_ADDRESS|192.168.0.113}}
KONTAKT   {{PHONE|0910-128 44}}
SENAST    {{neg:date|2026-12-02}} {{neg:time|22:14}}`),
  sv("ivr", `bot: Hej! Ange ditt kundnummer.
du: {{neg:customer-number|KN 447 120}}
bot: Tack {{PERSON|Ebba}}. Din nästa pannservice är {{neg:date|12 januari}}.`),
]
