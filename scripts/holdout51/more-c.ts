// More Dutch and Portuguese templates: refunds (card or IBAN), forwarded complaints with the sender's IP, a card read
// out on a call, and a lookalike or two in each.
import type { Kind } from "./pack.ts"

export const MORE_NL: Record<Kind, string[]> = {
  chat: [`{clock} {c.first}: hoi nog even 🙂 over {ref}: {issue}
{clock} {a.first}: Hoi {c.first}! De terugbetaling van {amount} is goedgekeurd. Op welke rekening?
{clock} {c.first}: {payiban}
{clock} {c.first}: en ter info {badpay}
{clock} {a.first}: Dank, genoteerd. De bevestiging gaat naar {c.email} {emo}`],
  note: [`Terugbetaling aangevraagd: {amount} voor {ref}. Klant {c.lastcomma}, tel. {c.phone}. Betaalgegevens: {pay}. Laatste login vanaf {ip} ({browser}). {a.init}`],
  callback: [`Terugbellen {date}: {c.full} ({c.phone2}) over terugbetaling {amount} ({ref}). Kaart in systeem: {masked}, geldig tot {expiry}. Voor {time} bellen. {a.first}`],
  email: [`---------- Doorgestuurd bericht ---------
Van: {c.full} <{c.email}>
Datum: {date}
Onderwerp: klacht

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, kun jij dit oppakken? Klant wil graag gebeld worden op {c.phone}. Dank, {a.first}`],
  summary: [`Terugbetaling {date}: {c.full}, dossier {ref}. Bedrag {amount} naar {pay}. Goedgekeurd door {t.full}. Laatste login van de klant vanaf {ip6} ({browser}).`],
  transcript: [`[{off}] MEDEWERKER: {sayok} dan heb ik het kaartnummer nodig
[{off}] BELLER: {um} dat is {card} geldig tot {expiry}
[{off}] MEDEWERKER: dank u en de naam op de kaart
[{off}] BELLER: {c.lc}
[{off}] MEDEWERKER: en een terugbelnummer
[{off}] BELLER: {c.said}
[{off}] MEDEWERKER: top de {amount} is afgeschreven uw referentie is {ref}`],
}

export const MORE_PT: Record<Kind, string[]> = {
  chat: [`{clock} {c.first}: olá outra vez 🙂 sobre {ref}: {issue}
{clock} {a.first}: Olá {c.first}! O reembolso de {amount} está aprovado. Para que conta?
{clock} {c.first}: {payiban}
{clock} {c.first}: e só para saberem {badpay}
{clock} {a.first}: Obrigado, registado. A confirmação vai para {c.email} {emo}`],
  note: [`Reembolso pedido: {amount} para {ref}. Cliente {c.lastcomma}, tel. {c.phone}. Dados de pagamento: {pay}. Último acesso de {ip} ({browser}). {a.init}`],
  callback: [`Ligar {date}: {c.full} ({c.phone2}) sobre o reembolso de {amount} ({ref}). Cartão registado: {masked}, validade {expiry}. Ligar antes das {time}. {a.first}`],
  email: [`---------- Mensagem reencaminhada ---------
De: {c.full} <{c.email}>
Data: {date}
Assunto: reclamação

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, podes tratar disto? Prefere que liguem para o {c.phone}. Obrigado, {a.first}`],
  summary: [`Reembolso {date}: {c.full}, processo {ref}. Valor {amount} para {pay}. Aprovado por {t.full}. Último acesso do cliente de {ip6} ({browser}).`],
  transcript: [`[{off}] ASSISTENTE: {sayok} preciso do número do cartão
[{off}] CLIENTE: {um} é o {card} validade {expiry}
[{off}] ASSISTENTE: obrigado e o titular
[{off}] CLIENTE: {c.lc}
[{off}] ASSISTENTE: e um contacto
[{off}] CLIENTE: o {c.said}
[{off}] ASSISTENTE: ótimo os {amount} estão cobrados a referência é {ref}`],
}
