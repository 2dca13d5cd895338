// More German and French templates: refunds (card or IBAN), forwarded complaints with the sender's IP, a card read out
// on a call, and a lookalike or two in each.
import type { Kind } from "./pack.ts"

export const MORE_DE: Record<Kind, string[]> = {
  chat: [`{clock} {c.first}: hallo nochmal 🙂 wegen {ref}: {issue}
{clock} {a.first}: Hallo {c.first}! Die Erstattung über {amount} ist freigegeben. Auf welches Konto?
{clock} {c.first}: {payiban}
{clock} {c.first}: und nur zur info, {badpay}
{clock} {a.first}: Danke, notiert. Die Bestätigung geht an {c.email} {emo}`],
  note: [`Erstattung angefordert: {amount} zu {ref}. Kd. {c.lastcomma}, Tel. {c.phone}. Zahlungsdaten: {pay}. Login zuletzt von {ip} ({browser}). {a.init}`],
  callback: [`Rückruf {date}: {c.full} ({c.phone2}) wegen Erstattung {amount} zu {ref}. Karte im System: {masked}, Ablauf {expiry}. Bitte vor {time} anrufen. {a.first}`],
  email: [`---------- Weitergeleitete Nachricht ---------
Von: {c.full} <{c.email}>
Datum: {date}
Betreff: Beschwerde

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, kannst du das übernehmen? Kd. möchte Rückruf unter {c.phone}. Danke, {a.first}`],
  summary: [`Erstattung {date}: {c.full}, Vorgang {ref}. Betrag {amount} an {pay}. Freigegeben von {t.full}. Letzter Login des Kunden von {ip6} ({browser}).`],
  transcript: [`[{off}] AGENT: {sayok} dann brauche ich die kartennummer
[{off}] ANRUFER: {um} die karte ist {card} gültig bis {expiry}
[{off}] AGENT: danke und der name auf der karte
[{off}] ANRUFER: {c.lc}
[{off}] AGENT: und für rückfragen
[{off}] ANRUFER: {c.said}
[{off}] AGENT: super die {amount} sind gebucht ihre referenz ist {ref}`],
}

export const MORE_FR: Record<Kind, string[]> = {
  chat: [`{clock} {c.first} : re bonjour 🙂 pour {ref} : {issue}
{clock} {a.first} : Bonjour {c.first} ! Le remboursement de {amount} est validé. Sur quel compte ?
{clock} {c.first} : {payiban}
{clock} {c.first} : et pour info {badpay}
{clock} {a.first} : Merci, c'est noté. La confirmation part à {c.email} {emo}`],
  note: [`Remboursement demandé : {amount} pour {ref}. Client {c.lastcomma}, tél. {c.phone}. Coordonnées : {pay}. Dernière connexion depuis {ip} ({browser}). {a.init}`],
  callback: [`Rappel {date} : {c.full} ({c.phone2}) au sujet du remboursement de {amount} ({ref}). Carte enregistrée : {masked}, exp. {expiry}. Appeler avant {time}. {a.first}`],
  email: [`---------- Message transféré ---------
De : {c.full} <{c.email}>
Date : {date}
Objet : réclamation

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first}, tu peux reprendre ce dossier ? {c.g:La cliente préfère être rappelée|Le client préfère être rappelé} au {c.phone}. Merci, {a.first}`],
  summary: [`Remboursement {date} : {c.full}, dossier {ref}. Montant {amount} vers {pay}. Validé par {t.full}. Dernière connexion du client depuis {ip6} ({browser}).`],
  transcript: [`[{off}] CONSEILLER : {sayok} il me faut le numéro de carte
[{off}] APPELANT : {um} c'est le {card} expiration {expiry}
[{off}] CONSEILLER : merci et le nom sur la carte
[{off}] APPELANT : {c.lc}
[{off}] CONSEILLER : et un numéro pour vous rappeler
[{off}] APPELANT : le {c.said}
[{off}] CONSEILLER : parfait les {amount} sont passés votre référence est {ref}`],
}
