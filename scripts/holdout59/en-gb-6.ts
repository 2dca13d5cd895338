// en-GB texts, part 6: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_6 = [
  t("form", `New starter checklist – contact centre (Leeds)
Full name: {{PERSON|Amara Nkemelu}}
NI number: {{UK_NINO|ZE 73 64 18 C}}
Mobile: {{PHONE|0044 7700 155 283}}
Emergency contact: {{PERSON|Chidi Nkemelu}} (brother) {{PHONE|0113 496 0917}}
Bank: sort code {{neg:sort-code|60-83-71}}, IBAN {{IBAN|GB46 NWBK 6083 7112 3456 78}}`),
  t("transcript", `[00:00:04] agent: thameside bank fraud team, {{PERSON|craig}} speaking
[00:00:07] caller: hi yes someone's opened a credit card in my name
[00:00:10] agent: i'm sorry to hear that, can i take your name
[00:00:12] caller: {{PERSON|Harriet Ellingham}}
[00:00:14] agent: and your national insurance number for the identity check
[00:00:17] caller: {{UK_NINO|KL 20 48 91 D}}
[00:00:24] agent: thank you miss {{PERSON|ellingham}}. we'll freeze it and send you a letter to {{neg:postcode|YO10 3JP}}`),
  t("email", `Subject: Wrong NI number on my payslip

Hi,

My payslip for {{neg:date|28 February}} shows NI no. {{neg:nino-invalid|GB 51 30 27 A}}, which can't be right. My NI number is {{UK_NINO|WK 51 30 27 A}}. Please correct before the next run.

Thanks,
{{PERSON|Declan Moriarty}}
Team Leader, Retentions
{{PHONE|0161 496 0338}} ext 4127`),
]
