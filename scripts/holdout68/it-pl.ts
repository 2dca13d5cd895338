// it-IT and pl-PL texts, written one by one: lounge aeroportuale, crowdfunding, assicurazione animali, scuola di lingue,
// fotovoltaico, banco dei pegni, rivendita biglietti, club del vino, amministrazione condominiale.
import { mk } from "./mk.ts"

const it = mk("it-IT")
const pl = mk("pl-PL")

export const IT_IT = [
  it("chat", `Sala Dolomiti – aeroporto di Milano
{{PERSON|Giulia Ferraro}}: buongiorno, il mio volo è in ritardo di 4 ore, posso restare in sala?
{{PERSON|Matteo}} (Sala Dolomiti): Buongiorno {{PERSON|Giulia}}! Sì, con la carta Oro. Numero tessera?
{{PERSON|Giulia Ferraro}}: {{neg:member-number|SD 4471 2093}}
{{PERSON|Matteo}} (Sala Dolomiti): Fatto ✅ le mando conferma al {{PHONE|347 218 4490}}`),
  it("note", `Amministrazione Condominio Via Padova 18: la sig.ra {{PERSON|Concetta Russo}} segnala infiltrazione. Idraulico {{PERSON|Salvatore Greco}} tel. {{PHONE|02 8645 1122}}. Rata condominiale {{neg:amount|€ 240,00}} pagata il {{neg:date|1/12}}.`),
  it("email", `Oggetto: rimborso assicurazione cane

Gentile Zampa Sicura,
vi invio la fattura veterinaria di {{neg:amount|€ 385}} del {{neg:date|27 novembre}}. Pratica {{neg:claim-number|ZS-2026-4418}}. IBAN per il rimborso: {{IBAN|IT66 X030 6909 6061 0000 0063 471}}.
Cordiali saluti,
{{PERSON|Francesca Marino}}
{{PHONE|+39 333 902 1847}}`),
  it("summary", `Riepilogo chiamata – SoleVivo Fotovoltaico. Cliente {{PERSON|Davide Esposito}} segnala inverter in errore. Firmware {{neg:version|1.9.7}}, IP {{IP_ADDRESS|192.168.0.210}}. Tecnico in arrivo il {{neg:date|10 dicembre}}. Rif. {{neg:order-number|SV-33019}}. Contatto {{PHONE|081 552 4409}}.`),
  it("transcript", `OPERATRICE: Rivendi Biglietti, sono {{PERSON|Chiara}}.
CLIENTE: salve, ho venduto due biglietti per il concerto ma non ho ricevuto nulla
OPERATRICE: Mi dice il suo nome?
CLIENTE: {{PERSON|Alessandro De Luca}}
OPERATRICE: Il bonifico di {{neg:amount|€ 120}} è stato inviato su {{IBAN|IT09 R020 0811 7020 0010 4418 827}}, non su {{neg:iban-checksum|IT11 R020 0811 7020 0010 4418 827}}, giusto?
CLIENTE: sì, esatto`),
]

export const PL_PL = [
  pl("chat", `Klub Wina Winnica
{{PERSON|Agnieszka Wójcik}}: dzień dobry, chcę zawiesić subskrypcję na styczeń
{{PERSON|Paweł}} (Klub Wina): Dzień dobry! Zawieszone od {{neg:date|1 stycznia}}. Kolejna paczka {{neg:amount|189 zł}} w lutym.
{{PERSON|Agnieszka Wójcik}}: dzięki 🙂 mój numer {{PHONE|601 234 518}} gdyby coś`),
  pl("email", `Temat: zwrot za projekt na Wspieram.to

Dzień dobry,
wsparłem projekt kwotą {{neg:amount|150 zł}} dnia {{neg:date|14.10.2026}}. Projekt anulowano. Proszę o zwrot na konto {{IBAN|PL61 1090 1014 0000 0712 1981 2874}}.
Pozdrawiam,
{{PERSON|Krzysztof Nowak}}
{{PHONE|+48 22 628 44 10}}`),
  pl("summary", `Podsumowanie rozmowy – Lombard Złoty Róg. Klient {{PERSON|Marek Lewandowski}} przedłuża pożyczkę {{neg:loan-number|LZ-0982-441}} pod zastaw zegarka. Odsetki {{neg:amount|64,00 zł}}. Tel. {{PHONE|512 904 337}}. Kod pocztowy {{neg:postcode|31-042}} Kraków.`),
  pl("note", `Zarządca nieruchomości Osiedle Zielone: lokatorka {{PERSON|Zofia Kamińska}} zgłasza awarię domofonu. Serwisant {{PERSON|Jarosław Mazur}} {{PHONE|698 221 407}}. Termin {{neg:date|11.12}} {{neg:time|9:00}}.`),
]
