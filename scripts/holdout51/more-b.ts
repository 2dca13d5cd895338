// More Spanish and Italian templates: refunds (card or IBAN), forwarded complaints with the sender's IP, a card read
// out on a call, and a lookalike or two in each.
import type { Kind } from "./pack.ts"

export const MORE_ES: Record<Kind, string[]> = {
  chat: [`{clock} {c.first}: hola otra vez 🙂 sobre {ref}: {issue}
{clock} {a.first}: ¡Hola {c.first}! La devolución de {amount} está aprobada. ¿A qué cuenta?
{clock} {c.first}: {payiban}
{clock} {c.first}: y para que lo sepáis {badpay}
{clock} {a.first}: Gracias, anotado. La confirmación va a {c.email} {emo}`],
  note: [`Devolución solicitada: {amount} por {ref}. Cliente {c.lastcomma}, tel. {c.phone}. Datos de pago: {pay}. Último acceso desde {ip} ({browser}). {a.init}`],
  callback: [`Llamar {date}: {c.full} ({c.phone2}) por la devolución de {amount} ({ref}). Tarjeta guardada: {masked}, caduca {expiry}. Llamar antes de las {time}. {a.first}`],
  email: [`---------- Mensaje reenviado ---------
De: {c.full} <{c.email}>
Fecha: {date}
Asunto: reclamación

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, ¿te puedes encargar? Prefiere que le llamen al {c.phone}. Gracias, {a.first}`],
  summary: [`Devolución {date}: {c.full}, caso {ref}. Importe {amount} a {pay}. Aprobada por {t.full}. Último acceso del cliente desde {ip6} ({browser}).`],
  transcript: [`[{off}] AGENTE: {sayok} necesito el número de la tarjeta
[{off}] LLAMANTE: {um} es la {card} caduca el {expiry}
[{off}] AGENTE: gracias y el titular
[{off}] LLAMANTE: {c.lc}
[{off}] AGENTE: y un teléfono de contacto
[{off}] LLAMANTE: el {c.said}
[{off}] AGENTE: perfecto los {amount} están cobrados su referencia es {ref}`],
}

export const MORE_IT: Record<Kind, string[]> = {
  chat: [`{clock} {c.first}: ciao di nuovo 🙂 per {ref}: {issue}
{clock} {a.first}: Ciao {c.first}! Il rimborso di {amount} è approvato. Su quale conto?
{clock} {c.first}: {payiban}
{clock} {c.first}: e per info {badpay}
{clock} {a.first}: Grazie, annotato. La conferma arriva a {c.email} {emo}`],
  note: [`Rimborso richiesto: {amount} per {ref}. Cliente {c.lastcomma}, tel. {c.phone}. Dati di pagamento: {pay}. Ultimo accesso da {ip} ({browser}). {a.init}`],
  callback: [`Richiamare {date}: {c.full} ({c.phone2}) per il rimborso di {amount} ({ref}). Carta registrata: {masked}, scad. {expiry}. Chiamare entro le {time}. {a.first}`],
  email: [`---------- Messaggio inoltrato ---------
Da: {c.full} <{c.email}>
Data: {date}
Oggetto: reclamo

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, puoi occupartene tu? Preferisce essere richiamato al {c.phone}. Grazie, {a.first}`],
  summary: [`Rimborso {date}: {c.full}, pratica {ref}. Importo {amount} su {pay}. Approvato da {t.full}. Ultimo accesso del cliente da {ip6} ({browser}).`],
  transcript: [`[{off}] OPERATORE: {sayok} mi serve il numero della carta
[{off}] CHIAMANTE: {um} è {card} scadenza {expiry}
[{off}] OPERATORE: grazie e l'intestatario
[{off}] CHIAMANTE: {c.lc}
[{off}] OPERATORE: e un numero per richiamarla
[{off}] CHIAMANTE: il {c.said}
[{off}] OPERATORE: perfetto i {amount} sono addebitati il riferimento è {ref}`],
}
