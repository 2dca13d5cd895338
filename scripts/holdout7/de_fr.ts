// German and French templates.
import { join, N, x } from "./build"
import type { Template } from "./types"

export const DE: Template[] = [
  {
    kind: "fraud-call",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person("f")
      return join([
        x`Agentin ${g.P(a.first)}: Sparkasse Nordheide, Betrugsprävention, guten Tag.`,
        x`Kunde: ja hallo hier ist ${g.P(c.full.toLowerCase())}, auf meiner Karte ${g.card()} sind ${g.amount()} abgebucht worden, am ${g.date()} um ${g.time()}, das war ich nicht`,
        x`Agentin: Ich sperre die Karte sofort. Ihre Kontonummer ${g.account()} bleibt bestehen. Rückruf unter ${g.phone()}?`,
        x`Kunde: ja genau, oder per Mail an ${g.email(c)}`,
      ])
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      const z = g.person("f")
      return x`Schadenmeldung (aus Webformular kopiert)
Versicherungsschein-Nr.: ${g.policy()}
Schadennummer: ${g.claim()}
Versicherungsnehmer: Herr ${g.P(c.last)}, ${g.P(c.first)}
Schadentag: ${g.date()}, ca. ${g.time()}
Ort: ${N("street", g.r.pick(["Goethestraße", "Karl-Marx-Allee", "Beethovenweg", "Rosenstraße"]))} ${g.r.int(1, 120)}, ${g.postcode()} ${g.town()}
Zeugin: Frau ${g.P(z.full)}, Tel. ${g.phone()}
Schadenhöhe lt. Kostenvoranschlag: ${g.amount()}
Auszahlung auf IBAN ${g.iban()} (BIC ${g.bic()})`
    },
  },
  {
    kind: "sim-swap",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`Notiz ${g.date()} ${g.time()} – SIM-Tausch
Kd. ${g.P(c.full)}, Kundennr. ${g.account()}, Rufnummer ${g.phone()}
alte SIM (ICCID) ${g.iccid()} gesperrt, neue ${g.iccid()} aktiviert. IMEI ${g.imei()}.
Tarif ${g.gb()} für ${g.price()}/Monat unverändert. Legitimation per Ausweis in der Filiale ${g.town()}. Bearb.: ${g.P(a.first.slice(0, 1) + ". " + a.last)}`
    },
  },
  {
    kind: "dd-mandate",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`SEPA-Lastschriftmandat
Gläubiger-ID ${N("creditor-id", `DE${g.r.int(10, 99)}ZZZ0${g.r.digits(10)}`)} · Mandatsreferenz ${g.ref()}
Kontoinhaber: ${g.P(c.full)}
IBAN: ${g.iban()}   BIC: ${g.bic()}
Die alte IBAN ${g.badIban()} ist ungültig (Prüfziffer) – bitte nicht verwenden.
Beitrag ${g.amount()} ab ${g.date()}.
${g.town()}, den ${g.date()}, Unterschrift: ${g.P(c.full)}`
    },
  },
  {
    kind: "complaint-email",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`Von: ${g.email(c)}
Betreff: AW: Beschwerde ${g.ref()}

Sehr geehrte Damen und Herren,

seit dem ${g.date()} funktioniert mein Internet nicht (Router-IP ${g.ip()}, Firmware ${g.version()}). ${g.emo()}Ich zahle ${g.price()} im Monat für nichts! Erreichbar unter ${g.phone()}.

Mit freundlichen Grüßen
${g.P(c.full)}

> Am ${g.date()} schrieb ${g.P(a.full)}:
> Guten Tag ${g.title(c)} ${g.surname(c)}, wir haben Ihre Beschwerde erhalten. Ihre Karte ${g.masked()} wird nicht belastet.`
    },
  },
  {
    kind: "escalation",
    biz: "bank",
    f: (g) => {
      const a = g.person()
      const b = g.person()
      const c = g.person()
      return x`@${g.P(b.first)} bitte übernehmen: ${c.f ? "Kundin" : "Kunde"} ${g.P(c.full)} (Konto ${g.account()}) wurde von ${g.P(a.full)} zweimal abgewiesen. Überweisung an ${g.badIban()} scheitert an der Prüfziffer. Karte ${g.badCard()} laut Kunde – Nummer ungültig. Bitte heute bis ${g.time()} zurückrufen: ${g.phone()}. Danke, ${g.P(a.first)}`
    },
  },
]

export const FR: Template[] = [
  {
    kind: "bot-handoff",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return join([
        x`Assistant virtuel : Bonjour ! Comment puis-je vous aider ?`,
        x`Client : je veux garder mon numéro ${g.phone()} en changeant d'opérateur, RIO ${g.ref()}`,
        x`Assistant virtuel : Je vous mets en relation avec un conseiller.`,
        x`— ${g.time()} — ${g.P(a.first)} a rejoint la conversation`,
        x`${g.P(a.first)} : Bonjour ${g.P(c.first)}, la portabilité sera effective le ${g.date()}. Votre forfait ${g.gb()} reste à ${g.price()} par mois.`,
        x`Client : ${g.emo()}merci, mon mail c'est ${g.email(c)}`,
      ])
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`Déclaration de sinistre (copiée du formulaire)
N° de contrat : ${g.policy()}
N° de sinistre : ${g.claim()}
Assuré : ${g.title(c)} ${g.surname(c)} ${g.P(c.first)}
Date : ${g.date()} à ${g.time()}
Adresse : ${g.r.int(1, 80)} ${N("street", g.r.pick(["rue Victor-Hugo", "avenue Jean-Jaurès", "boulevard Pasteur"]))}, ${g.postcode()} ${g.town()}
Téléphone : ${g.phone()}
RIB / IBAN : ${g.iban()}  BIC : ${g.bic()}
Montant estimé : ${g.amount()}`
    },
  },
  {
    kind: "fraud-call",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      return x`transcription auto : oui bonjour c'est ${g.P(c.full.toLowerCase())} j'ai reçu un sms du ${g.foreignPhone()} qui disait que ma carte était bloquée et j'ai donné le code ... la carte c'est ${g.card()} ... il y a eu ${g.amount()} de retiré le ${g.date()}`
    },
  },
  {
    kind: "authority-letter",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const f = g.person("f")
      return x`Objet : procuration

Je ${c.f ? "soussignée" : "soussigné"} ${g.P(c.full)}, autorise ma fille ${g.P(`${f.first} ${c.last}`)} à me représenter auprès de votre agence pour le compte n° ${g.account()}.
Elle est joignable au ${g.phone()} ou à ${g.email({ ...f, last: c.last })}.

Fait à ${g.town()}, le ${g.date()}
${g.P(c.full)}`
    },
  },
  {
    kind: "complaint-email",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`De : ${g.P(c.full)} <${g.email(c)}>
Objet : TR: Réclamation sinistre ${g.claim()}

Madame, Monsieur,
Malgré mes relances du ${g.date()}, je n'ai reçu aucun remboursement. Le virement vers ${g.badIban()} a été rejeté : ce n'est pas mon IBAN. Le bon est ${g.iban()}.
Cordialement,
${g.P(c.first)}

> Le ${g.date()}, ${g.P(a.full)} (${g.role("reclamations", "assur-horizon.example")}) a écrit :
> ${c.f ? "Madame" : "Monsieur"} ${g.surname(c)}, votre dossier est en cours.`
    },
  },
  {
    kind: "escalation",
    biz: "telecom",
    f: (g) => {
      const a = g.person()
      const b = g.person()
      return x`Note interne pour ${g.P(b.first)} : la cliente ${g.P(g.person("f").full)} appelle depuis ${g.phone()}, échange SIM demandé. Ancienne ICCID ${g.iccid()}, IMEI ${g.imei()}. ${g.P(a.first)} a refusé faute de pièce d'identité. À rappeler avant ${g.time()}. Adresse IP de connexion suspecte : ${g.ip()}.`
    },
  },
]
