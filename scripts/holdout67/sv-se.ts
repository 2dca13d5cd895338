// sv-SE texts, written one by one: begravningsbyrå, böter, parkeringsapp, campingkedja, pannservice, lotteri,
// tandtekniskt labb, skadedjursbekämpning, låssmed.
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_SE = [
  t("asr", `handläggare: begravningsbyrå ljusgården det är {{PERSON|elin}}
kund: hej ja min pappa gick bort i natt på sjukhuset
handläggare: jag beklagar sorgen vad heter du
kund: {{PERSON|mikael johansson}}
handläggare: och ditt telefonnummer
kund: {{PHONE|noll sju noll, fyra ett två, trettiotre, sjuttioett}}`),
  t("legacy", `BÖTER - ÄRENDE   {{neg:case-number|BT-2026-55104}}
NAMN     {{PERSON|LINDBERG, ASTRID}}
REGNR    {{neg:plate|ABC 12D}}
BELOPP   {{neg:amount|1 500 kr}}   FÖRFALLER {{neg:date|2026-12-31}}
TEL      {{PHONE|08-545 120 33}}`),
  t("sms", `parkera nu: din parkering på {{neg:reference|zon 4117}} slutar {{neg:time|16:45}}. förläng i appen. hjälp {{PHONE|0771-44 20 10}}`),
  t("voicemail", `Röstmeddelande från {{PHONE|+46 73 118 42 90}}
"Hej det är {{PERSON|Saga Holm}}, vi har bokat en stuga på Strandcamping {{neg:date|14 juni}}, bokning {{neg:booking-ref|SC-7712}}, och undrar om vi kan få sen incheckning. Ring mig gärna. Hej hej."`),
  t("ivr", `ivr pannservice 2026-12-03 07:45:02 uppringare={{PHONE|+46317014420}}
val=akut
postnr={{neg:postcode|413 04}}
namn_asr="{{PERSON|ahmed farah}}" säkerhet=0.64
kö=tekniker_göteborg`),
  t("email", `Från: {{PERSON|Johanna Sjöberg}} <{{EMAIL|johanna.sjoberg@example.com}}>
Till: {{EMAIL|vinster@lotteri-exempel.example}}
Ämne: Utbetalning vinst

Hej! Jag vann {{neg:amount|25 000 kr}} på lott {{neg:serial-number|SK 4471 0029}}. Sätt in på {{IBAN|SE98 5000 0000 0583 9827 1644}}. Mitt nummer {{PHONE|070-412 33 71}}.
Mvh {{PERSON|Johanna}}`),
  t("asr", `[00:00:02] Agent: skadedjurstjänst god morgon
[00:00:05] Kund: hej vi har råttor i källaren
[00:00:08] Agent: vad heter du
[00:00:09] Kund: {{PERSON|dragan ilić}}
[00:00:12] Agent: och mobilnummer
[00:00:14] Kund: {{PHONE|noll sju sex, åtta åtta två, fyrtiofyra, nitton}}`),
  t("note", `Låssmed: kund {{PERSON|Linnea Berg}} utelåst, Sveavägen 40. Betalade {{neg:amount|1 200 kr}} med kort, kvitto till {{EMAIL|linnea.berg@example.org}}. Tel {{PHONE|072-550 18 36}}.`),
  t("legacy", `TANDTEKNIK ORDER   ORD {{neg:order-number|TT-40512}}
KLINIK   SOLNA TANDVÅRD
KONTAKT  {{PERSON|ÖZTÜRK, SELIN}}
TEL      {{PHONE|08-730 41 18}}
KONTO    {{IBAN|SE96 8000 0081 0501 7392 4117}}`),
  t("sms", `hej {{PERSON|oskar}} här från pannservice 👍 kommer {{neg:time|9:30}} imorn. strul? ring {{PHONE|073-920 44 18}}`),
  t("asr", `agent: då behöver jag kortnumret
kund: {{CARD|fyra fem tre två, noll ett sju sju, två nio ett åtta, fyra noll tre nio}}
agent: tack {{PERSON|karin}} betalningen på {{neg:amount|650 kr}} är klar`),
  t("email", `Ämne: Återbetalning parkering

Hej, jag debiterades {{neg:amount|45 kr}} två gånger den {{neg:date|1 december}}. Återbetala till {{IBAN|SE98 5000 0000 0583 9827 1644}}, inte {{neg:iban-checksum|SE99 5000 0000 0583 9827 1644}} som jag skrev först.
/{{PERSON|Vilhelm Nyqvist}}`),
]
