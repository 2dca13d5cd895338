// en-US texts, part 6: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_6 = [
  t("form", `PAYROLL / DIRECT DEPOSIT – seasonal call-center staff
Employee: {{PERSON|Reyes, Marisela}}
SSN: {{US_SSN|618 40 2297}}
Home phone: {{PHONE|(505) 266-1930}}
Cell: {{PHONE|505 379 4402}}
Start: {{neg:date|Oct 5}}   Shift: {{neg:time|7:00 AM}}–{{neg:time|3:30 PM}}
Badge #: {{neg:customer-number|CC-44017}}`),
  t("transcript", `AGENT: Harbor Bank card services, {{PERSON|Miguel}} speaking.
CALLER: hi, I'm trying to activate my new card but the automated line keeps saying invalid
AGENT: I can help. Card number please?
CALLER: it's {{neg:luhn-invalid|4485 9130 2217 6604}}... wait, no, I misread, {{CARD|4485 9130 2271 6609}}
AGENT: That one works. And for verification, the last four of your social?
CALLER: 8841
AGENT: Thank you Mr. {{PERSON|Abernathy}}, you're activated.`),
  t("note", `callback req – {{PERSON|Wanda Szymanski}} (acct holder) + daughter {{PERSON|Kristen}} on the plan. Wants line {{PHONE|+1 414-727-0183}} moved to daughter's own acct. Daughter's SSN for credit check: {{US_SSN|397-58-2206}}. Daughter's email {{EMAIL|kszymanski04@example.com}}. Transfer fee {{neg:amount|$0}} (promo thru {{neg:date|12/31}}).`),
]
