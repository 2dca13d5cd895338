// Bulgarian, Slovak and Lithuanian templates. National id numbers (EGN, rodné
// číslo, asmens kodas) are lookalikes here, not entities.
import type { Template } from './templates-en-a.ts'

export const BG: Template[] = [
  { kind: 'form', domain: 'law', text: `Входяща форма – правна помощ
Име: {{NAME}}
Телефон: {{PHONE}}
Имейл: {{EMAIL}}
ЕГН: {{n:egn}}
Вид дело: трудово право, дело № {{n:case-number}}
Оферта за хонорар {{n:fee-quote}}: {{n:amount}}` },
  { kind: 'sms', domain: 'ferry', text: `{{CO}}: Вашето пътуване {{n:voyage-number}} тръгва на {{n:date}} в {{n:time}}. Резервация {{n:booking-ref}}. Тел. {{PHONE}}` },
  { kind: 'chat', domain: 'staff', text: `Консултант {{FIRST}}: Здравейте! С какво да помогна?
Кандидат: Здравейте, аз съм {{NAME}} {{E}}
Кандидат: не ми е платен часовият лист {{n:timesheet-ref}}, {{n:hours}}. IBAN: {{IBAN:BG}}
Консултант {{SAMEF:1}}: Благодаря, ще ви звъннем на {{PHONE}}.` },
  { kind: 'email', domain: 'ferry', text: `Относно: Жалба, билет {{n:ticket}}

Здравейте,
Кабина {{n:cabin}} беше мръсна. Платих {{n:amount}} с карта {{CARD}}.
Поздрави,
{{NAME}}, {{PHONE}}

> На {{n:date}} <{{EMAIL:info}}> написа:
> Уважаема г-жо {{LAST}}, благодарим за писмото.` },
  { kind: 'note', domain: 'staff', text: `обадих се на {{first}} – ведомост {{n:payroll-ref}}, ставка {{n:rate}}; сметка {{n:iban-checksum}} грешна. мейл {{EMAIL}}` },
]

export const SK: Template[] = [
  { kind: 'form', domain: 'law', text: `Príjem klienta
Meno: {{NAME}}
Telefón: {{PHONE}}
E-mail: {{EMAIL}}
Rodné číslo: {{n:birth-number}}
Vec: rozvod, spis {{n:court-ref}}, č. veci {{n:case-number}}` },
  { kind: 'sms', domain: 'staff', text: `Dobry den {{first}}, pohovor {{n:job-id}} {{n:date}} o {{n:time}} v {{CO}}. Kontakt {{NAME}} {{PHONE}}` },
  { kind: 'chat', domain: 'ferry', text: `Operátor {{FIRST}}: Dobrý deň, ako vám môžem pomôcť?
Zákazník: Dobrý deň, som {{NAME}} {{E}}, rezervácia {{n:booking-ref}}
Zákazník: chcem zrušiť plavbu {{n:voyage-number}} {{n:date}}
Operátor {{SAMEF:1}}: Vrátime {{n:amount}} na účet {{IBAN:SK}}. Potvrdenie na {{EMAIL}}.` },
  { kind: 'summary', domain: 'staff', text: `Zhrnutie hovoru (AI)
Volajúca {{NAME}} sa pýtala na výplatu {{n:payroll-ref}}: {{n:hours}} po {{n:rate}}. Spätné volanie na {{PHONE}}. Platba kartou {{n:luhn-invalid}} zamietnutá.` },
  { kind: 'json', domain: 'law', text: `{"spis":"{{n:case-number}}","klient":"{{NAME}}","tel":"{{PHONE}}","email":"{{EMAIL}}","rc":"{{n:birth-number}}","ip":"{{IP4}}"}` },
]

export const LT: Template[] = [
  { kind: 'form', domain: 'law', text: `Kliento anketa
Vardas, pavardė: {{NAME}}
Tel.: {{PHONE}}
El. paštas: {{EMAIL}}
Asmens kodas: {{n:personal-code}}
Bylos tipas: šeimos teisė, byla {{n:case-number}}` },
  { kind: 'sms', domain: 'ferry', text: `{{CO}}: keltas {{n:voyage-number}} išplaukia {{n:date}} {{n:time}}. Rezervacija {{n:booking-ref}}, automobilis {{n:vehicle-reg}}. Tel. {{PHONE}}` },
  { kind: 'chat', domain: 'staff', text: `Konsultantė {{FIRST}}: Laba diena!
Kandidatas: sveiki, aš {{NAME}} {{E}}, darbo pasiūlymas {{n:job-id}}
Konsultantė {{SAMEF:1}}: Pokalbis {{n:date}} {{n:time}}. Jūsų telefonas {{PHONE}}?
Kandidatas: taip. sąskaita atlyginimui {{IBAN:LT}}` },
  { kind: 'email', domain: 'ferry', text: `Tema: Skundas, bilietas {{n:ticket}}

Sveiki,
kajutė {{n:cabin}} denyje {{n:deck}} buvo nešvari. Prašau grąžinti {{n:amount}}.
{{NAME}}, {{PHONE}}

> {{n:date}} <{{EMAIL:info}}> rašė:
> Gerb. {{NAME}}, Jūsų skundas užregistruotas.` },
  { kind: 'note', domain: 'staff', text: `skambino {{first}} dėl žiniaraščio {{n:timesheet-ref}}: {{n:hours}}, tarifas {{n:rate}}. sąskaita {{n:iban-checksum}} neteisinga. el. {{EMAIL}}` },
]
