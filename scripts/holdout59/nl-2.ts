// nl-NL texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_2 = [
  t("chat", `15:20 jij: internet valt steeds weg 😩
15:21 {{PERSON|Bram}} – Belnet Techniek: Hoi! Kun je naar {{IP_ADDRESS|192.168.2.254}} gaan en het WAN-adres doorgeven?
15:23 jij: {{IP_ADDRESS|203.0.113.66}}
15:23 {{PERSON|Bram}} – Belnet Techniek: Top. En IPv6?
15:24 jij: {{IP_ADDRESS|2001:db8:ff00:42::8329}}
15:25 {{PERSON|Bram}} – Belnet Techniek: Ik zie veel fouten op de lijn. Monteur komt donderdag {{neg:date|5 maart}} tussen {{neg:time|8.00}} en {{neg:time|12.00}}.`),
  t("note", `mevr. {{PERSON|Rosalie Verbeek}} (naam stond fout in systeem, hersteld). wil nieuwe incassorekening: {{IBAN|BE68 5390 0754 7034}}. eerder gaf ze {{neg:iban-checksum|NL45 RABO 0123 4567 89}} op, klopt niet. tel {{PHONE|06-39618202}}`),
  t("email", `Hallo,

Ik heb vorige week een {{neg:name-word|bos}} bloemen besteld als cadeau maar die is nooit aangekomen. Het pakket ({{neg:tracking-number|3SPKP 0051 2209 48}}) staat op "bezorgd" om {{neg:time|14.22}} uur. Niemand heeft iets ontvangen.

Graag contact via {{PHONE|06 27 44 81 09}}.

Groet,
{{PERSON|Joost Brouwer}}`),
  t("email", `Van: {{EMAIL|schade@autoverzekerd.example}}
Aan: {{EMAIL|m.vandenberg@example.com}}
Onderwerp: Uw schademelding {{neg:claim-number|AV-SCH-77102}}

Geachte mevrouw {{PERSON|Van den Berg}},

Wij hebben uw schademelding ontvangen. De tegenpartij, dhr. {{PERSON|Lucas Smit}}, heeft de schuld erkend. U ontvangt {{neg:amount|€ 1.245,00}} binnen 10 werkdagen.

Met vriendelijke groet,
{{PERSON|Femke Dekker}}
Afdeling Schade
{{PHONE|088 432 1100}}`),
  t("transcript", `agent: pakketpost klantenservice met {{PERSON|jeroen}}
beller: hallo met {{PERSON|annemarie koster}}
agent: waarmee kan ik u helpen
beller: er ligt een briefje dat ik een pakket kan ophalen maar ik ben slecht ter been
agent: ik kan het opnieuw laten bezorgen op een ander nummer bellen ze dan vooraf
beller: ja graag {{PHONE|nul twintig, vijf vier drie, eenentwintig, nul negen}}
agent: genoteerd {{PHONE|nul twintig vijf vier drie twee een nul negen}}`),
  t("transcript", `Medewerker: Tandartspraktijk De Linde, met {{PERSON|Esther}}.
Patiënt: Hallo, met {{PERSON|Gerrit Hoekstra}}, ik heb erge kiespijn.
Medewerker: Oei. Ik kan u vandaag om {{neg:time|16.30}} inplannen bij tandarts {{PERSON|Hendriks}}.
Patiënt: Graag.
Medewerker: Uw geboortedatum?
Patiënt: {{neg:date|3 mei 1962}}.
Medewerker: En klopt uw nummer nog, {{PHONE|nul vijf acht, twee een twee, vierendertig, zesenvijftig}}?
Patiënt: Ja.`),
  t("summary", `Klant {{PERSON|Sophie van Dijk}} belde over haar creditcard (laatste 4: {{neg:masked-card|**** 0917}}). Verdachte transactie {{neg:amount|€ 612,00}} in Lissabon. Kaart geblokkeerd, nieuwe kaart {{neg:date|10 maart}} verstuurd. Contact: {{EMAIL|sophie.vandijk@example.org}}, {{PHONE|06 4012 7789}}.`),
  t("summary", `Gesprek met {{PERSON|Mustafa Yılmaz}}: wil zijn dochter {{PERSON|Elif}} toevoegen aan gezinsabonnement. Nieuw nummer {{PHONE|06 33 18 92 04}}. Extra {{neg:amount|€ 12,50}}/maand vanaf {{neg:date|1 april}}. Betaling met creditcard {{CARD|4539 1488 0343 6467}}.`),
  t("form", `Achternaam: {{PERSON|van Leeuwen}}
Voornaam: {{PERSON|Marieke}}
Tel: {{PHONE|010 414 2287}}
Mobiel: {{PHONE|06.21.38.47.59}}
Klantnummer: {{neg:customer-number|EN-3340918}}
Opmerking: meter staat in de kelder, sleutel bij buurvrouw {{PERSON|Klaassen}}`),
  t("form", `| veld | waarde |
| naam | {{PERSON|Lars Vermeulen}} |
| telefoon | {{PHONE|+31 70 318 5590}} |
| vlucht | {{neg:flight-number|HV 6021}} |
| datum | {{neg:date|19-07-2026}} |
| bedrag | {{neg:amount|€ 89,00}} |`),
  t("chat", `[ma 09:02] {{PERSON|Noah}}: hoi, mijn abonnement is verlopen maar ik word nog steeds afgeschreven
[ma 09:03] StreamFlix Support: Hoi {{PERSON|Noah}}, welk e-mailadres hoort bij je account?
[ma 09:03] {{PERSON|Noah}}: {{EMAIL|noah.peters@example.net}}
[ma 09:05] StreamFlix Support: Ik zie het. We storten {{neg:amount|€ 11,99}} terug binnen 5 werkdagen.`),
  t("note", `terugbelverzoek: {{PERSON|Wim Smeets}}, {{PHONE|043 321 8874}}, over jaarafrekening energie {{neg:amount|€ 1.870,20}}. wil betalingsregeling. klantnr {{neg:customer-number|EN-3318802}}`),
]
