// A sixth batch, in the non-English locales only, written one by one after the first 199: more e-mails, IBANs and
// addresses, fewer phone numbers.
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

export const EU4_DE = [
  de("email", `Betreff: Rückzahlung Crowdfunding „Lastenrad Kiez“

Hallo Team von Schwarmkasse,
bitte erstatten Sie meine {{neg:amount|120 €}} auf {{IBAN|DE95 1001 0010 0874 4120 35}}. Unterstützer-ID {{neg:reference|SK-88410}}.
Danke, {{PERSON|Ömer Çelik}}`),
  de("summary", `Zusammenfassung Lounge-Schalter Frankfurt: Gast ohne Bordkarte abgewiesen, Beschwerde per Mail an {{EMAIL|lounge.feedback@example.org}}. Sitzung im WLAN mit {{IP_ADDRESS|172.16.40.12}} protokolliert. Flug {{neg:flight-number|LH 402}}.`),
]

export const EU4_AT = [
  at("email", `Betreff: Sprachkurs Italienisch – Storno

Liebe Sprachschule Kaiserwort,
ich muss den Kurs ab {{neg:date|8. Jänner}} leider stornieren. Bitte Rückzahlung der {{neg:amount|260 €}} auf {{IBAN|AT73 3500 0012 8441 7320}}.
LG {{PERSON|Verena Hofbauer}}`),
]

export const EU4_FR = [
  fr("email", `Objet : club de vin – changement de RIB

Bonjour,
Merci de prélever désormais sur {{IBAN|FR76 1820 6000 4410 2293 7810 113}}. Mon adresse mail reste {{EMAIL|b.lemoine@example.net}}.
Bien à vous,
{{PERSON|Bernadette Lemoine}}`),
]

export const EU4_CH = [
  ch("email", `Objet : École Polyglotte – facture

Bonjour,
Je n'ai pas reçu la facture pour le cours du soir ({{neg:amount|CHF 540}}). Pouvez-vous l'envoyer à {{EMAIL|n.berisha@example.com}} ?
Merci, {{PERSON|Nora Berisha}}`),
]

export const EU4_NL = [
  nl("email", `Onderwerp: zonnepanelen – subsidie

Beste Zonnig Dak,
Voor de subsidieaanvraag heb ik de factuur nodig van de installatie op {{neg:date|4 november}}, offerte {{neg:reference|ZD-2026-0719}}. Graag naar {{EMAIL|p.hoekstra@example.org}}.
Groet, {{PERSON|Pieter Hoekstra}}`),
]

export const EU4_BE = [
  be("email", `Onderwerp: crowdfunding – terugbetaling

Dag,
het project "Fietsbib Leuven" werd geannuleerd. Mijn bijdrage ({{neg:amount|€ 40}}) mag terug op {{IBAN|BE38 0635 8812 4472}}.
Vriendelijke groeten,
{{PERSON|An Wouters}}`),
]

export const EU4_ES = [
  es("note", `Nota – Reventa Entradas Ya: comprador reclama entradas duplicadas. Sesión desde {{IP_ADDRESS|2001:db8:3f::42}}. Reembolso de {{neg:amount|96 €}} a la tarjeta {{CARD|5428 9103 4417 2062}}? No: esa es de otro cliente; se usa la que termina en {{neg:masked-card|**** 2515}}.`),
]

export const EU4_PT = [
  pt("note", `Gestão de condomínio Alvalade: condómina {{PERSON|Filipa Rocha}} pede o IBAN do condomínio para pagar quotas; enviado {{IBAN|PT50 0033 0000 4520 1187 3699 7}} por email para {{EMAIL|filipa.rocha@example.com}}. Quota {{neg:amount|45 €}}.`),
]

export const EU4_IT = [
  it("note", `Nota – Zampa Sicura: cliente ha inviato documenti da {{EMAIL|m.colombo@example.org}}. Rimborso {{neg:amount|€ 212,40}} in attesa: l'IBAN indicato, {{neg:iban-checksum|IT21 R020 0811 7020 0010 4418 827}}, non torna (cifre di controllo errate), chiesto quello giusto.`),
  it("email", `Oggetto: fotovoltaico – accesso al portale

Buongiorno, non riesco ad accedere al portale di monitoraggio, mi dice "accesso negato" dall'indirizzo {{IP_ADDRESS|192.168.1.34}}. Versione app {{neg:version|3.4.0}}.
Saluti, {{PERSON|Piero Gallo}}`),
]

export const EU4_PL = [
  pl("email", `Temat: lombard – przedłużenie

Dzień dobry,
chcę przedłużyć umowę {{neg:contract-number|LZ-2026-4410}}. Odsetki {{neg:amount|58 zł}} przeleję z konta {{IBAN|PL85 1140 2004 0000 3902 7441 8861}}.
Pozdrawiam, {{PERSON|Bartosz Wróblewski}}`),
]
