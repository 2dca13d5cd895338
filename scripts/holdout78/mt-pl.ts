// Maltese (English and Maltese mixed, as people write in Malta) and Polish texts, written one by one: live chats,
// agents' notes with pasted logs, e-mails (players, a syndicate, the MGA and the Ministry of Finance quoted) and call
// summaries of a gambling and lottery operator's desks.
import { mk } from "./mk.ts"

const mt = mk("mt-MT")
const pl = mk("pl-PL")

export const MT_MT = [
  mt("chat", `Player: hi, fejn marru l-loyalty points tiegħi? kelli 12,400 u issa 0!!
Agent: Hi! Points expire after 12 months without real-money play. Yours expired on {{neg:date|1 ta' Novembru}}; the last bet on the account was on {{neg:date|28/10/2025}}.
Player: ma kontx naf. nobody told me
Agent: We sent two reminders by e-mail, but they went to an old address, {{EMAIL|gorg.m@example.mt}}. As a one-off I've restored 6,200 points ({{neg:amount|€12.40}} in bonus money).
Player: ok grazzi. update the email to {{EMAIL|gorg.mizzi77@example.com}} u tibgħatulix aktar, SMS biss fuq {{PHONE|7955 1826}}`),

  mt("note", `SoF / EDD — {{neg:player-id|MT-3308714}} {{PERSON|Roderick Xuereb}}, Birkirkara ({{neg:postcode|BKR 1522}})
Deposits {{neg:amount|€48,500}} in 5 weeks. Occupation: bar owner.
Source: sale of a garage in Msida, konvenju + final deed {{neg:date|12 ta' Settembru 2026}}, {{neg:amount|€95,000}}, bank statement APS {{IBAN|MT02 APSB 7701 3000 0002 0158 4730 011}}.
AML ok. RG: losses {{neg:amount|€41,300}}, night sessions. Called {{PHONE|+356 7718 3052}}: "mhux problema, I'm {{neg:name-word|lucky}} in December". Agreed monthly limit {{neg:amount|€3,000}}.`),

  mt("email", `From: Press Office <{{EMAIL|press@example.mt}}>
To: {{EMAIL|ninu.attard@example.com}}
Subject: Jackpot — publicity?

Hi {{PERSON|Ninu}},

Congratulations again on the {{neg:amount|€412,880.00}} jackpot from {{neg:date|29 November}}. Publicity is completely optional. If you agree, we'd take one photo with the cheque; if not, we'll only say "a player from Gozo won".

Press Office | {{PHONE|2138 6602}}

> Le grazzi. Mhux bilfors jaf kulħadd f'Għajnsielem. Just "a player from Gozo". My wife says the same.
> {{PERSON|Ninu}} ({{PHONE|2155 3407}})`),

  mt("chat", `[09:40] Player: hi, my withdrawal {{neg:withdrawal-ref|WD-MT-880214}} of {{neg:amount|€1,150.00}} was returned. x'qed jiġri?
[09:41] Agent: Good morning! The bank returned it because the account name didn't match. The account is under "{{PERSON|M. Rinaldi}}"?
[09:42] Player: yes that's me, {{PERSON|Matteo Rinaldi}}. it's my italian account {{IBAN|IT46 X030 6909 6061 0000 0183 529}}
[09:42] Agent: Thanks, in that case please send us a statement showing the name to {{EMAIL|payments@example.mt}} and we'll resend it.
[09:43] Player: ok. chiamami se serve, {{PHONE|+39 333 902 1746}}`),

  mt("chat", `Live chat {{neg:date|10/11/2026}}
Player: bonswa, I want to close my account. ma rridx nilgħab aktar, lost too much this month
Agent: Bonswa, thank you for telling us. I can set a self-exclusion now: 6 months, 1 year, 5 years or permanent.
Player: permanent. u please remove the card too, {{neg:masked-card|**** 1577}}
Agent: Done. Self-exclusion active from {{neg:time|21:18}}. The remaining {{neg:amount|€23.40}} goes back to that card. I'm sending the details of the RG helpline to your e-mail.
Player: ok grazzi. if u need me ċempilli {{PHONE|7941 2286}}
Agent: Noted. Player ID {{neg:player-id|MT-5520318}}. Take care.`),

  mt("call", `Call: US expat player {{PERSON|Dana Whitcombe}} ({{neg:player-id|MT-3091845}}), Gżira. Won {{neg:amount|€12,000}} jackpot, asks if we report to IRS. Told her we don't, no US tax withholding from us.
- she read her SSN over the phone ({{US_SSN|352-90-4416}}) before I could stop her; not recorded in notes beyond this line, call recording flagged for redaction
- callback: "{{PHONE|seven seven one nine, oh three five two}}"
- {{neg:name-word|Will}} send written confirmation.`),

  mt("call", `Call: British retiree, {{PERSON|Derek Ashcombe}} ({{neg:player-id|MT-2250917}}), lives in Sliema ({{neg:postcode|SLM 1549}}).
- source of funds for {{neg:amount|€30,000}} deposits: UK state + private pension
- sent pension letter showing NI number {{UK_NINO|HL 73 28 50 C}}; earlier form had {{neg:nino-invalid|BO 22 71 49 C}}, his typo
- asked us to ring on his UK mobile {{PHONE|+44 7877 302 419}} or the Maltese one, which he read as "{{PHONE|seven seven oh two, six one eight nine}}"
- pension to {{IBAN|GB66 NWBK 5581 0290 4633 18}}, matches`),

  mt("email", `From: Player Support Complaints <{{EMAIL|complaints@example.mt}}>
To: {{EMAIL|clayton.farrugia@example.com}}
Subject: RE: Your complaint escalated via the MGA Player Support Unit — ref {{neg:reference|PSU-26-3318}}

Dear Mr {{PERSON|Farrugia}},

The Malta Gaming Authority forwarded your e-mail of {{neg:date|2 November 2026}}, in which you wrote:

  "Irbaħt {{neg:amount|€4,200}} on the 14th and you STILL didn't pay. Every day the same answer, 'pending KYC'. Imma meta ddepożitajt, no KYC at all!!"

You are right that we took too long. The documents you sent on {{neg:date|16/10/2026}} were complete. The withdrawal was paid today to {{IBAN|MT25 VALL 2201 3000 0000 4003 6185 217}}.

Regards,
{{PERSON|Josianne Camilleri}}
Complaints Officer | T {{PHONE|2133 8470}}
Licensed by the MGA, licence {{neg:licence-number|MGA/B2C/417/2019}}`),

  mt("chat", `Player: ħadtuli l-flus darbtejn! {{neg:amount|€100}} deposit, charged twice on Revolut
Agent: Hi! I can see two attempts: {{neg:transaction-ref|DEP-55012934}} succeeded, {{neg:transaction-ref|DEP-55012935}} failed at 3D Secure. The second one is only a pending authorisation; your bank releases it in 3 to 5 working days.
Player: the card is {{CARD|2235 1182 7740 3963}}, check again pls
Agent: Please don't send full card numbers here 🙏 Same card, same answer: one deposit taken, one hold.
Player: mela ok. if it's not back by Friday I'm calling, and I hope {{neg:name-word|grazzja}} ta' Alla it's back`),

  mt("note", `KYC — US player. {{neg:player-id|MT-6640271}} {{PERSON|Kyle Brannigan}}, works for an iGaming affiliate in St Julian's, US citizen.
Uploaded: US passport, Maltese ID residence card, and (unrequested) a W-9 with his SSN {{US_SSN|604-17-3398}}. Not needed; redacted and deleted. Also a second doc with SSN {{neg:ssn-invalid|666-17-3398}}, obviously edited, asked him about it: "oops that's a template my accountant sent".
Mobile {{PHONE|9945 0283}}, US number on file {{PHONE|+1 (617) 482-3391}}.`),

  mt("note", `Live casino moderation — table "Roulette 2", studio log {{neg:date|22/11/2026}}
{{neg:timestamp|2026-11-22 23:14:08}} chat player={{neg:player-id|MT-8840213}} ip={{IP_ADDRESS|198.51.100.84}} msg="[removed: abuse towards dealer]"
{{neg:timestamp|2026-11-22 23:14:51}} chat player=MT-8840213 msg="[removed: threat]"
{{neg:timestamp|2026-11-22 23:15:02}} action=mute_player by=pitboss_03
Dealer {{PERSON|Kristina}} was shaken, relieved from the table at {{neg:time|23:20}}.
Player {{PERSON|Jason Grech}}, Qormi, had said "naf fejn toqgħod" (I know where you live). Account closed, balance {{neg:amount|€318.50}} returned. Studio security and the police informed; his phone on file {{PHONE|7746 0921}}. Name tags at all tables now show the dealer's first name only.`),

  mt("call", `Call summary {{neg:time|11:02}}
Caller {{PERSON|Marthese Zammit}}, wife of player ({{neg:player-id|MT-1047732}}).
- qalet li ir-raġel tagħha spent the children's savings on the slots, "kollox marret"
- explained we can't discuss the account without his consent; he can self-exclude, family can contact the RG helpline
- wants a call back from RG team. Said her number in English: "{{PHONE|nine nine two oh, four four one seven}}"
- logged {{neg:case-number|RG-28840}}`),

  mt("note", `Data incident {{neg:case-number|DPI-2026-07}} — misdirected e-mail
A KYC rejection meant for {{PERSON|Charlene Vella}} ({{EMAIL|charlene.vella@example.mt}}) was sent to {{EMAIL|charlene.vella1@example.com}}, a different person. It held her name, player ID {{neg:player-id|MT-6610387}} and the last 4 of her ID card.
The recipient, {{PERSON|Charlene Sammut Vella}}, rang from {{PHONE|9945 1176}} to tell us; she deleted it while on the call.
Risk assessed as low: no financial data, deleted within the hour. Not reported to the IDPC; logged in the breach register. Autocomplete of the address field switched off.`),

  mt("note", `Chargeback — Amex {{CARD|3759 041277 36080}}, cardholder {{PERSON|Sophie Lindqvist}}, Swieqi.
Disputed 3 deposits {{neg:date|27/10/2026}}, total {{neg:amount|€900.00}}.
Same device & IP {{IP_ADDRESS|203.0.113.152}} for 14 months, 3DS ok. Earlier mistyped card {{neg:luhn-invalid|4168 7204 4390 1572}} on her profile (different card).
She called from {{PHONE|2122 0591}}: says her flatmate used it. Contest.`),

  mt("email", `Subject: Syndicate win — Lotto, il-każin tal-banda

Bongu,
aħna 10 fil-każin, we play every week the same numbers ({{neg:lottery-numbers|7 - 18 - 33 - 51 - 86}}). The ticket {{neg:ticket-number|LT-2026-46-00981}} was bought by {{PERSON|Ċensu Mifsud}} on his account. We won {{neg:amount|€21,430}} but now {{PERSON|Ċensu}} says {{PERSON|Karmenu Debono}} is out because he didn't pay for November (he was in hospital!!). We always agreed li min ikun marid xorta jieħu sehem.
Can you hold the payment?

Grazzi,
{{PERSON|Pawlu Cachia}}
{{PHONE|2149 0316}} / {{PHONE|7903 6658}}`),
]

export const PL_PL = [
  pl("email", `Od: Kancelaria Komornicza, komornik sądowy {{PERSON|Jarosław Wilczek}}
Temat: Zawiadomienie o zajęciu wierzytelności, sygn. akt {{neg:case-number|KM 1184/26}}

Na podstawie tytułu wykonawczego zajmuję wierzytelności dłużnika {{PERSON|Rafała Kaczmarczyka}}, ID gracza {{neg:player-id|PL-6120584}}, z tytułu salda rachunku gracza i przyszłych wygranych, do kwoty {{neg:amount|23 418,90 zł}}.
Zajęte środki proszę przekazywać na rachunek kancelarii {{IBAN|PL92 1050 1096 1000 0091 8337 4650}}, z podaniem sygnatury. Dłużnikowi nie wolno wypłacać środków.
Proszę o odpowiedź w ciągu 7 dni.
Tel. kancelarii {{PHONE|48 362 71 09}}

---
Notatka działu prawnego ({{neg:date|3.12.2026}}): saldo {{neg:amount|1 206,40 zł}} zablokowane, przelew do komornika zlecony; gracz ({{PHONE|517 902 264}}) poinformowany.`),

  pl("chat", `Klient: selfie nie przechodzi weryfikacji juz 4 raz
Konsultant: Dzień dobry! System porównuje selfie ze zdjęciem w dowodzie. Najczęściej przeszkadza słabe światło albo okulary.
Klient: na dowodzie mam 20 lat mniej i wyglądam jak {{neg:name-word|malina}}, bo było gorąco 😂
Konsultant: 😄 Rozumiem. Mogę przełączyć Pana na weryfikację wideo z konsultantem. Termin jutro {{neg:time|10:30}} albo {{neg:time|16:00}}?
Klient: 16. {{PERSON|Wojciech Adamczyk}}, jakby co tel. {{PHONE|+48 502 664 190}}
Konsultant: Zapisane, link przyjdzie na {{EMAIL|w.adamczyk@example.pl}}.`),

  pl("email", `Od: Reklamacje <{{EMAIL|reklamacje@example.pl}}>
Do: {{EMAIL|p.zawadzki@example.com}}
Temat: Odpowiedź na skargę przekazaną przez Ministerstwo Finansów, znak {{neg:reference|DGH-WR.8201.114.2026}}

Szanowny Panie,

Ministerstwo Finansów przekazało nam Pana skargę z {{neg:date|3 listopada}}, w której pisze Pan:

  "Od trzech tygodni czekam na wypłatę {{neg:amount|8 400 zł}}. Wpłaty księgujecie w sekundę, a wypłata ciągle 'w weryfikacji'!!!"

Ma Pan rację, że wypłata trwała zbyt długo. Dokumenty dotyczące pochodzenia środków były kompletne. Wypłata została zlecona {{neg:date|14.11.2026}} na rachunek {{IBAN|PL02 1020 1026 0000 2702 1385 4960}}.

Z poważaniem
{{PERSON|Małgorzata Kędzierska}}
Dział Reklamacji, tel. {{PHONE|22 628 41 93}}
Zezwolenie MF nr {{neg:licence-number|PK4.6831.12.2021}}`),

  pl("note", `Chargeback — Mastercard {{CARD|2697 3310 5024 8775}}, posiadacz {{PERSON|Aliaksandr Kavaliou}} (obywatel Białorusi, mieszka w Białymstoku).
Sporne: 4 wpłaty {{neg:date|26.10.2026}}, łącznie {{neg:amount|1 200,00 zł}}, powód "transakcja nieautoryzowana".
U nas: to samo urządzenie i IP {{IP_ADDRESS|198.51.100.178}} od roku, 3DS OK. Wcześniej w formularzu wpisał {{neg:luhn-invalid|2697 3310 5024 8771}}.
Zadzwonił z {{PHONE|+375 29 618 40 27}}, twierdzi że kartę miał kolega z pracy. Kwestionujemy chargeback.`),

  pl("chat", `Klient: wygrałem {{neg:amount|4 800 zł}} a na koncie mam mniej, co jest???
Konsultant: Dzień dobry! Przy wygranej powyżej {{neg:amount|2 280 zł}} pobieramy 10% podatku od wygranej i odprowadzamy go do urzędu skarbowego. Kupon {{neg:bet-slip|KP-31055802}}: stawka {{neg:amount|1 200 zł}}, kurs {{neg:odds|4,00}}.
Klient: aha. no dobra. a mozna przelac na konto zony? {{IBAN|PL50 1240 6045 1111 0010 8746 2031}}
Konsultant: Wypłaty idą tylko na rachunek gracza. Ten numer należy do {{PERSON|Moniki Szewczyk}}, nie do Pana.
Klient: to moja zona przeciez. dobra, na moje. zadzwoncie jak cos {{PHONE|661 205 837}}`),

  pl("chat", `Czat {{neg:date|09.11.2026}}
Gracz: dobry wieczór, chcę samowykluczenie na rok. przegrałem wszystko z wypłaty
Konsultant: Dobry wieczór, dziękuję, że Pan napisał. Ustawię samowykluczenie od razu. Saldo {{neg:amount|62,40 zł}} wróci na konto bankowe.
Gracz: ok. a kupon {{neg:bet-slip|KP-30418827}} jeszcze otwarty?
Konsultant: Otwarte zakłady rozliczą się normalnie, ewentualna wygrana też trafi na konto bankowe.
Gracz: dobra. jakby co {{PHONE|512 408 337}}, tylko sms, jestem {{neg:name-word|sowa}}, śpię do południa
Konsultant: Zanotowane. ID gracza {{neg:player-id|PL-4408172}}. Samowykluczenie od {{neg:time|23:06}}. Proszę na siebie uważać.`),

  pl("email", `Od: Kolektura, Gdańsk-Wrzeszcz
Temat: KRADZIEŻ ZDRAPEK - pilne

Dzień dobry,
w nocy z {{neg:date|6 grudnia}} na 7 było włamanie do kolektury. Skradziono 3 paczki zdrapek po 100 szt.: {{neg:ticket-number|ZK-0418-200}}, {{neg:ticket-number|ZK-0418-201}}, {{neg:ticket-number|ZK-0421-077}}. Proszę je natychmiast zablokować. Zgłoszenie na policji: {{neg:reference|RSD-1130/26}}.
Terminal nie został ruszony, wersja {{neg:version|6.2.11}}.
Proszę dzwonić: {{PHONE|58 342 77 15}}, {{PERSON|Halina Mroczek}}
({{neg:postcode|80-244}} Gdańsk)`),

  pl("call", `Rozmowa {{neg:time|14:30}}. Dzwoni {{PERSON|Dorota Michalak}}, żona gracza ({{neg:player-id|PL-1093384}}).
- mąż przegrał pieniądze na ratę kredytu, "wszystko idzie na zakłady"
- wyjaśniłam: bez zgody gracza nie udzielamy informacji o koncie; gracz może sam się wykluczyć
- prosi o telefon od zespołu odpowiedzialnej gry, podała numer: "{{PHONE|pięć zero cztery, dziewięć jeden sześć, dwa dwa siedem}}"
- zgłoszenie {{neg:case-number|OG-33105}}`),

  pl("note", `Weryfikacja KYC, {{neg:player-id|PL-7203418}}: {{PERSON|Taras Melnyk}}, obywatel Ukrainy, Wrocław ({{neg:postcode|53-333}}).
Dokumenty: paszport UA + karta pobytu, OK. Problem: logowania z dwóch krajów tego samego wieczoru:
{{neg:timestamp|2026-11-24 19:40:12}} login ip={{IP_ADDRESS|203.0.113.233}} geo=PL
{{neg:timestamp|2026-11-24 20:02:55}} login ip={{IP_ADDRESS|2001:db8:9aa::61}} geo=UA vpn=false
Polski numer {{PHONE|733 015 448}} nie odbiera. Ukraiński {{PHONE|+380 50 318 2294}}: odebrał brat, {{PERSON|Andrij}}, który "tylko sprawdzał wyniki" na jego koncie.
Decyzja: ostrzeżenie, reset hasła; kolejne logowanie spoza PL = blokada.`),

  pl("email", `Temat: Kolektura w pracy - komu należy się wygrana???

Dzień dobry,
w zakładzie gramy w 9 osób w Lotto od 4 lat, zawsze te same liczby ({{neg:lottery-numbers|5, 12, 19, 28, 37, 44}}). Kupon {{neg:ticket-number|LT-4471-20261121-07}} nadał przez swoje konto {{PERSON|Wiesław Jędrzejczak}}. Mamy "piątkę", {{neg:amount|5 914,20 zł}}, a {{PERSON|Wiesiek}} mówi, że {{PERSON|Oksanie Hrytsenko}} się nie należy, bo w październiku była na urlopie w Ukrainie. {{PERSON|Oksana}} zapłaciła za październik z góry, mam potwierdzenie przelewu.
Czy można wstrzymać wypłatę?

Pozdrawiam
{{PERSON|Zofia Kamińska}}
{{PHONE|(61) 853 27 40}}`),

  pl("call", `Rozmowa: niepełnoletni. Dzwoni Pani {{PERSON|Beata Gawrońska}}: syn (17) założył konto na jej dane i jej kartę (kończy się na {{neg:masked-card|•••• 3316}}).
- wpłaty {{neg:amount|1 420 zł}} w 3 tygodnie, konto {{neg:player-id|PL-5582017}}
- zasada: konto zamknięte, wpłaty zwrócone, wygrane anulowane
- prosi o potwierdzenie na piśmie: {{EMAIL|beata.gawronska@example.pl}}, tel. {{PHONE|58 342 19 06}}
- oddzwonić na komórkę, podała słownie: "{{PHONE|sześć zero jeden, dwa trzy osiem, pięć pięć zero}}"`),

  pl("note", `Weryfikacja pochodzenia środków — {{neg:player-id|PL-5530641}}, {{PERSON|Grzegorz Pietrzyk}}, Rzeszów ({{neg:postcode|35-064}})
Wpłaty {{neg:amount|184 000 zł}} w 6 tyg. Zawód: rolnik.
Źródło: sprzedaż ziemi rolnej, akt notarialny z {{neg:date|2 września 2026}}, {{neg:amount|640 000 zł}}, wyciąg z rachunku {{IBAN|PL23 1140 2004 4000 3902 7663 0815}}.
AML: OK. Odpowiedzialna gra: strata {{neg:amount|161 300 zł}}, gra nocą. Dzwoniłem do Pana {{PERSON|Pietrzyka}}: {{PHONE|603 219 754}}, powiedział że "{{neg:name-word|wiktoria}} już blisko". Ustalony limit {{neg:amount|5 000 zł}}/mies.`),

  pl("call", `Rozmowa: oszustwo. Gracz {{PERSON|Krzysztof Nowakowski}} ({{neg:player-id|PL-2058816}}).
- dzwonili z {{PHONE|+48 691 330 825}}, "dział bezpieczeństwa", że do "odblokowania wygranej" potrzebny numer karty
- podał {{CARD|6441 8392 0561 7041}} (karta z USA, syn mu przysłał), potem zastrzegł w banku
- wyjaśnione: nigdy nie prosimy o numer karty telefonicznie
- jego numer podyktował: "{{PHONE|siedem osiem dziewięć, jeden dwa zero, cztery sześć trzy}}"; zgłoszenie {{neg:case-number|OSZ-7715}}`),

  pl("chat", `[12:10] Klient: gdzie moja wypłata {{neg:withdrawal-ref|WYP-7732019}}, {{neg:amount|1 850,00 zł}}
[12:11] Konsultant: Dzień dobry! Bank zwrócił przelew, bo nazwa odbiorcy się nie zgadza.
[12:12] Klient: konto jest moje, w banku mam nazwisko bez polskich znakow: {{PERSON|WROBLEWSKA}}
[12:13] Konsultant: Rozumiem, Pani {{PERSON|Agnieszko}}. Proszę przesłać potwierdzenie z bankowości na {{EMAIL|wyplaty@example.pl}}, wtedy ponowimy.
[12:14] Klient: a blikiem nie mozna? albo na karte {{CARD|4557 0331 8926 6406}}
[12:14] Konsultant: Na kartę można, jeśli nią Pani wpłacała. Ale proszę nie podawać pełnego numeru karty na czacie 🙏`),

  pl("email", `Do: {{EMAIL|iod@example.pl}}
Temat: wniosek o dostęp do danych (RODO art. 15)

Proszę o wszystkie dane, które macie na mój temat, także adresy IP logowań i nagrania rozmów.
{{PERSON|Bartosz Dąbrowski}}, ID gracza {{neg:player-id|PL-3308926}}, tel. {{PHONE|880 517 294}}

--- odpowiedź {{neg:date|4.12.2026}} ---
Szanowny Panie {{PERSON|Bartoszu}}, dane w załączniku. Logowania m.in. z {{IP_ADDRESS|192.168.1.210}} (terminal w kolekturze) i {{IP_ADDRESS|fd20:4b:7::e}}. Metoda płatności: {{neg:masked-card|xxxx xxxx xxxx 7710}}.`),
]
