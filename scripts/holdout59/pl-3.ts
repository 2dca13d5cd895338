// pl-PL texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("pl-PL")

export const PL_3 = [
  t("transcript", `konsultant: polfon {{PERSON|damian}} dzień dobry
klientka: dzień dobry {{PERSON|renata żak}} chciałam zmienić numer kontaktowy
konsultant: proszę podać nowy
klientka: {{PHONE|sześćset sześćdziesiąt dwa, czterysta jedenaście, trzysta osiem}} nie przepraszam {{PHONE|sześćset sześćdziesiąt dwa, czterysta jedenaście, trzysta dziewięć}}
konsultant: zapisane`),
  t("email", `Dzień dobry,

proszę o zwrot nadpłaty {{neg:amount|312,50 zł}} na rachunek:
{{IBAN|PL20102055581111123456789012}}
właściciel: {{PERSON|Grażyna Michalska}}

W razie pytań: {{PHONE|+48 601 558 214}}

Pozdrawiam
{{PERSON|Grażyna Michalska}}`),
  t("note", `klient {{PERSON|Piotr Zając}} 🚗 zgłasza szkodę parkingową, polisa {{neg:policy-number|UD-8802716}}. sprawca nieznany. zdjęcia na {{EMAIL|szkody@ubezpieczeniadrogowe.example}}. kom.{{PHONE|509 442 118}}`),
  t("form", `Nazwisko i imię: {{PERSON|Kamińska-Lis, Aleksandra}}
Telefon: {{PHONE|22 829 11 40}}
Karta: {{neg:luhn-invalid|5186 0012 4747 3311}} (odrzucona)
Karta poprawna: {{CARD|5186 0012 4477 3316}}
Kod pocztowy: {{neg:postcode|00-950}}`),
]
