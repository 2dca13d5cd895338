// A third batch, one text per locale, written one by one: voicemail-to-text and missed-call messages a desk receives.
import { mk } from "./markup.ts"

export const EN_US_4 = [
  mk("en-US")("sms", `Voicemail from {{PHONE|(262) 518-0394}}, 0:41: "hi this is about the payment plan on my gas account, the account number is {{neg:account-number|2290 4471 05}}, you can call me back at {{PHONE|two six two, five one eight, oh three nine four}} or my work line {{PHONE|414 277 6120}} extension 33, thanks"`),
  mk("en-US")("note", `Missed call log (Keystone Hearth): {{PHONE|+1 (480) 316-2207}} x2, {{PHONE|602-819-4430}} x1, {{neg:date|12/05}} between {{neg:time|6:10pm}} and {{neg:time|6:25pm}}. Both linked to claim {{neg:claim-number|CLM-26-0094471}}. Emailed {{EMAIL|claims.followup@keystonehearth.example}} to reassign.`),
]

export const EN_GB_4 = [
  mk("en-GB")("sms", `Voicemail from {{PHONE|01752 228 104}}: "Hello, it's about my outpatient appointment next week, I need it moved because of work. Could someone ring me back on {{PHONE|oh seven eight one two, three three oh, five four six}}, I'm free after half five. My hospital number is {{neg:reference|RK4 770 218}}. Ta."`),
]

export const EN_IE_3 = [
  mk("en-IE")("sms", `Missed call from {{PHONE|+353 86 204 7718}}. Voicemail: "Hi it's about the bill, I think I was charged twice for {{neg:name-word|May}}, no sorry, November. Ring me on {{PHONE|oh eight six, two oh four, seven seven one eight}}. Thanks."`),
]

export const EN_AU_3 = [
  mk("en-AU")("sms", `Voicemail from {{PHONE|(02) 4927 1183}}: "Hi, calling about lost property on the ferry yesterday, a black umbrella and a Kindle. My mobile's {{PHONE|oh four two nine, seven seven three, oh one six}}. Cheers."`),
]

export const DE_DE_3 = [
  mk("de-DE")("sms", `Sprachnachricht von {{PHONE|+49 89 4471 2290}}: "Ja, guten Tag, es geht um meinen Termin in der Ambulanz am {{neg:date|12. Dezember}}, ich schaffe das leider nicht. Bitte rufen Sie mich zurück unter {{PHONE|null eins sechs null, vier vier acht, drei sieben, sieben zwei, vier}}. Danke."`),
]

export const FR_FR_3 = [
  mk("fr-FR")("sms", `Message vocal de {{PHONE|03 88 41 27 60}} : « Bonjour, c'est au sujet de mon échéancier, j'ai un souci avec le prélèvement du {{neg:date|5 décembre}}. Rappelez-moi au {{PHONE|zéro six, quarante-quatre, dix-neuf, soixante-treize, zéro deux}}. Merci. »`),
]

export const ES_ES_3 = [
  mk("es-ES")("sms", `Mensaje de voz de {{PHONE|+34 986 22 41 70}}: "Hola, llamo por el parte de la gotera, todavía no ha venido el perito. Mi móvil es el {{PHONE|seiscientos setenta y uno, cuarenta y cuatro, veintiocho, noventa y tres}}. Gracias."`),
]

export const IT_IT_3 = [
  mk("it-IT")("sms", `Messaggio vocale da {{PHONE|0039 051 644 2187}}: "Buongiorno, chiamo per la bolletta del gas, vorrei rateizzare. Mi richiami al {{PHONE|tre quattro cinque, otto otto due, uno nove zero sette}}, grazie."`),
]

export const NL_NL_3 = [
  mk("nl-NL")("sms", `Voicemail van {{PHONE|+31 50 318 4427}}: "Goedemiddag, het gaat over mijn betalingsregeling, de incasso van {{neg:date|1 december}} is mislukt. Wilt u mij terugbellen op {{PHONE|nul zes, achtenveertig, negentien, tweeëntwintig, vijfendertig}}? Dank u."`),
]

export const SV_SE_3 = [
  mk("sv-SE")("sms", `Röstmeddelande från {{PHONE|+46 31 708 44 21}}: "Hej, jag ringer om min bokning på hotellet i Göteborg, vi kommer sent. Ring mig på {{PHONE|noll sju noll, sex ett två, fyra fyra, nio åtta}}. Tack."`),
]

export const NB_NO_3 = [
  mk("nb-NO")("sms", `Talemelding fra {{PHONE|0047 55 30 22 19}}: "Hei, det gjelder strømregningen, jeg vil gjerne ha en nedbetalingsavtale. Ring meg på {{PHONE|fire åtte null, seks to, ni ni fem}}. Takk."`),
]

export const FI_FI_3 = [
  mk("fi-FI")("sms", `Ääniviesti numerosta {{PHONE|+358 2 274 1180}}: "Hei, soitan kadonneesta repusta, joka jäi bussiin eilen. Soittakaa numeroon {{PHONE|nolla viisi nolla, neljä neljä yksi, kaksi kahdeksan seitsemän kuusi}}. Kiitos."`),
]
