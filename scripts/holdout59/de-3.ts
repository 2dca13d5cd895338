// de-DE texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_3 = [
  t("transcript", `Agentin: Hansabank, Kartenservice, {{PERSON|Melanie Roth}}, guten Abend.
Kunde: Ja, {{PERSON|Hakan Öztürk}} hier. Ich will die Rückbuchung auf mein Konto, die IBAN ist {{IBAN|de89 3704 0044 0532 0130 00}}
Agentin: Danke. Und Ihre Telefonnummer für Rückfragen?
Kunde: {{PHONE|null eins sieben sechs, zwo null, dreiundvierzig, achtzehn, neun neun}}, nein warten Sie, {{PHONE|null eins sieben sechs, zwo null, dreiundvierzig, achtzehn, neun acht}}
Agentin: Gut, ich habe die zweite notiert.`),
  t("email", `Hallo zusammen,

seit dem Update auf Version {{neg:version|10.4.2}} stürzt eure Streaming-App auf meinem Fernseher ab. 😕 Konto: {{EMAIL|jens.hartmann1979@example.net}}

Falls ihr mich anrufen wollt: {{PHONE|0511 / 39 28 17 40}}

Beste Grüße
{{PERSON|Jens Hartmann}}`),
  t("note", `Kd. {{PERSON|Ernst Huber}} (Witwer, 84) möchte Vertrag seiner verstorbenen Frau {{PERSON|Gertrud Huber}} übernehmen. Sterbeurkunde kommt per Post. Ansprechpartner Sohn {{PERSON|Matthias}}, Handy{{PHONE|01523 4471092}}. Zählerstand 33.120 kWh am {{neg:date|30.01.2026}}.`),
  t("form", `Anrede: Frau
Vorname/Nachname: Dr. {{PERSON|Friederike Sommer}}
Tel.: {{PHONE|+49 (0) 621 43 80 29 11}}
IBAN (AT): {{IBAN|AT48 3200 0000 1234 5864}}
Mandatsreferenz: {{neg:contract-number|SW-MND-0044172}}
Unterschrift vom: {{neg:date|2. Juni 2026}}`),
]
