// Eight more texts of holdout71, written one by one after the first 157: a debt-collection letter, a law-firm letter
// with post-nominals and a fax line, a pension-fund letter, a health-insurer letter, a bank's reply, a clinic's reply,
// a telecom case note and a Dutch lawyer's letter.
import { mk } from "./mk.ts"

export const X_GB = [
  mk("en-GB")("email", `Redmarsh Credit Management Ltd
PO Box 7702, Sheffield {{neg:postcode|S1 2GH}}
Tel {{PHONE|0114 273 8190}} | {{EMAIL|customer.care@redmarsh-credit.example}}

Mr {{PERSON|Lloyd Anstey-Barnes}}
Flat 4, 9 Orchard Mews
Norwich {{neg:postcode|NR2 3QS}}

Our ref: {{neg:account-number|RCM 4418-2207-91}}
Client: Brightline Catalogues
Date: {{neg:date|5 December 2026}}

Dear Mr {{PERSON|Anstey-Barnes}}

We note your dispute. We may ask our client for the signed agreement; until then the balance of {{neg:amount|£386.50}} is on hold. You {{neg:name-word|may}} also contact the Financial Ombudsman Service.

Yours sincerely
{{PERSON|Harriet Quayle}} (Ms)
Disputes Team Leader`),
]

export const X_US = [
  mk("en-US")("email", `GALLOWAY STRAND & PIKE LLP
Attorneys at Law
1900 Market Street, Suite 1400 | Philadelphia, PA {{neg:postcode|19103}}
Tel. {{PHONE|(215) 564-8830}} | Fax {{PHONE|(215) 564-8899}}

{{neg:date|December 4, 2026}}

VIA EMAIL ({{EMAIL|claims@firstkeystone-ins.example}})

Re: Our client {{PERSON|Thaddeus O. Mbeki}}; your insured {{PERSON|Corinne LaFleur}}; Claim No. {{neg:claim-number|FKI-PA-2026-33017}}

Dear Claims Representative:

Please preserve all dash-camera footage. Our client's treating physician, {{PERSON|Anjali Raman}}, M.D., will forward records under separate cover.

Very truly yours,

{{PERSON|Winston R. Galbraith III}}, Esq.
Direct dial {{PHONE|(215) 564-8841}}`),
]

export const X_IE = [
  mk("en-IE")("email", `Slaney Occupational Pension Scheme
c/o Trustee Services, PO Box 1120, Dublin 2

Ms {{PERSON|Una de Búrca}}
Our ref: {{neg:member-number|SOPS-M-118042}}
{{neg:date|3 December 2026}}

Dear Ms {{PERSON|de Búrca}},

Re: Death in service benefit – the late Mr {{PERSON|Colm de Búrca}}

The trustees have considered the expression of wish form naming you and your son, {{PERSON|Oisín}}. Payment of {{neg:amount|€184,000}} will be split equally. Your solicitor, {{PERSON|Aidan Mulqueen}}, has our details; queries to {{EMAIL|trustees@slaney-pensions.example}} or {{PHONE|+353 (0)1 639 4420}}.

Yours sincerely,
{{PERSON|Gráinne Phelan}}, QFA
Scheme Secretary`),
]

export const X_DE = [
  mk("de-DE")("email", `Gesundheitskasse Mittelrhein (Muster) · Postfach 2207 · {{neg:postcode|56012}} Koblenz

Herrn
{{PERSON|Eberhard Graf von Schönfeld}}
Am Deutschen Eck 3
{{neg:postcode|56068}} Koblenz

Ihr Schreiben vom: {{neg:date|17.11.2026}}
Versichertennummer: {{neg:member-number|R118830472}}

Betreff: Widerspruch gegen die Ablehnung der Hilfsmittelversorgung

Sehr geehrter Herr {{PERSON|Graf von Schönfeld}},

Ihr behandelnder Arzt, Prof. Dr. med. {{PERSON|Henning Albers}}, hat uns die Stellungnahme übersandt. Wir übernehmen die Kosten von {{neg:amount|2.980,00 €}}.

Freundliche Grüße
{{PERSON|Ayşe Korkmaz}}
Team Hilfsmittel, Durchwahl {{PHONE|0261 9401-227}}`),
]

export const X_FR = [
  mk("fr-FR")("email", `Banque du Rhône (modèle)
Service Relations Clientèle – CS 70441 – {{neg:postcode|69002}} Lyon

Lyon, le {{neg:date|4 décembre 2026}}

Monsieur et Madame {{PERSON|Franck}} et {{PERSON|Nadia Boukhalfa}}
Objet : votre réclamation du {{neg:date|12 novembre}} – prêt {{neg:loan-number|PRT-69-2024-88130}}

Madame, Monsieur,

Après examen, nous vous remboursons les frais de {{neg:amount|95 €}}. Votre conseiller, M. {{PERSON|Hugo Mercier}}, reste joignable au {{PHONE|04 72 41 80 36}}.

Le Médiateur peut être saisi à {{EMAIL|mediateur@banque-rhone.example}}.`),
]

export const X_IT = [
  mk("it-IT")("note", `Verbale telefonata – Casa di cura (modello), ufficio accettazione
Chiamante: Sig.ra {{PERSON|Rosa Di Pietro}}, nipote del paziente Sig. {{PERSON|Cosimo Di Pietro}}
Amministratore di sostegno: Avv. {{PERSON|Tiziana Moretti}}, {{PHONE|080 524 1167}}, {{EMAIL|t.moretti@studiomoretti.example}}
Rata di degenza {{neg:amount|2.450,00 €}} da saldare entro il {{neg:date|15 dicembre}}.`),
]

export const X_ES = [
  mk("es-ES")("ticket", `Hoja de reclamaciones (modelo) – compañía de telecomunicaciones
Reclamante: {{PERSON|José María Sánchez de la Fuente}}
DNI: aportado en oficina
Teléfono de contacto: {{PHONE|+34 915 237 640}}
Correo: {{EMAIL|jmsanchez@example.es.example}}
Hechos: portabilidad fallida el {{neg:date|25 de noviembre}}; contrato {{neg:contract-number|TEL-2026-441187}}.`),
]

export const X_NL = [
  mk("nl-NL")("email", `Advocatenkantoor (model), Keizersgracht
T {{PHONE|020 530 41 88}}

Aan: Incassobureau Lage Landen B.V.
Uw kenmerk: {{neg:reference|LL-2026-7781}}
Ons kenmerk: {{neg:case-number|AK-2026-118}}
Amsterdam, {{neg:date|3 december 2026}}

Betreft: cliënte mevr. {{PERSON|Noor el Idrissi}}

Geachte heer {{PERSON|Verhoeven}},

Cliënte betwist de vordering van {{neg:amount|€ 1.212,35}} geheel. Correspondentie graag aan ondergetekende, {{EMAIL|r.tjon@advocaat-model.example}}.

Hoogachtend,
mr. {{PERSON|R.A. Tjon-A-Kiem}}`),
]
