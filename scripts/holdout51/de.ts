// German (Germany): Chat, Notiz, Rückrufbitte, E-Mail mit Zitat, Gesprächszusammenfassung, Transkript.
import type { Pack } from "./pack.ts"

export const DE: Pack = {
  lang: "de",
  titles: { f: ["Frau"], m: ["Herr"] },
  phrases: {
    paycard: ["Karte {card}, gültig bis {expiry}", "Kreditkarte {card} ({expiry})"],
    payiban: ["IBAN {iban}", "bitte auf mein Konto, IBAN {iban}", "Erstattung an IBAN {iban}"],
    badcard: ["die Karte {luhnbad} wurde abgelehnt", "mit {luhnbad} ging die Zahlung nicht durch"],
    badiban: ["die IBAN {ibanbad} ist laut Bank ungültig", "IBAN {ibanbad} abgelehnt (Zahlendreher?)"],
    hi: ["Hallo", "Guten Tag", "Moin", "Hi"],
    bye: ["Viele Grüße", "Mit freundlichen Grüßen", "Danke und Gruß", "LG"],
    um: ["äh", "ähm", "also"],
    sayok: ["okay", "alles klar", "gut", "ja"],
    nw: ["Wir sagen es [[name-word:frank]] und frei: das war unser Fehler.", "Nehmen Sie es bitte nicht zu [[name-word:ernst]].", "Ist das Ihr [[name-word:Ernst]]?", "Ganz [[name-word:frank]] und frei: das hat zu lange gedauert.", "Auf dem Etikett ist eine [[name-word:Rose]] abgebildet."],
  },
  biz: {
    sleep: {
      longline: ["Finanzierungsvertrag {long}"],
      item: ["Matratze", "Boxspringbett", "Topper"],
      issue: ["die Matratze sollte am {date} kommen, es kam aber niemand, Bestellung {ref}", "der Topper aus Bestellung {ref} hat einen Riss im Bezug", "ich möchte die Matratze innerhalb der 100 Nächte zurückgeben, Bestellung {ref}", "Sie haben {amount} doppelt abgebucht, Bestellung {ref}", "mein Finanzierungsvertrag {long} zeigt einen falschen Saldo"],
      nissue: ["Lieferung {ref} am {date} ausgefallen", "Rückgabe Probeschlafen, {ref}, Abholung offen", "Bezug beschädigt, Artikel {n.mattress-sku}", "Doppelabbuchung {amount} zu {ref}", "Finanzierung {long}: Saldo falsch"],
      sissue: ["die matratze ist nicht gekommen die sollte am {dsaid} kommen", "ich will die matratze zurückgeben die ist viel zu hart", "der bezug vom topper ist gerissen"],
      fix: ["Lieferung neu gebucht für {date2} zwischen {time} und {time2}", "Rückholung {n.trial-return} angelegt, die Spedition meldet sich", "Ersatzbezug ({n.mattress-sku}) geht per Paket raus, Sendung {track}", "die doppelte Zahlung von {amount} wird innerhalb von {dur} erstattet"],
      visit: ["der Lieferung", "der Abholung"],
      ops: ["Tour 3 fällt aus, Lieferungen ab {ts} verschoben; {n.mattress-sku} erst ab {date2} wieder da"],
    },
    physio: {
      longline: ["Genehmigungsnummer der Versicherung {long}"],
      item: ["Termin", "Befundaufnahme", "Sportmassage"],
      issue: ["ich muss meinen Termin am {date} verschieben, Ref. {ref}", "mir wurden {amount} für eine abgesagte Behandlung berechnet", "meine Versicherung braucht die Genehmigungsnummer {long} auf der Rechnung", "mein Knie ist seit der letzten Behandlung schlimmer", "der Link zum Übungsplan {n.exercise-plan} geht nicht"],
      nissue: ["Termin {ref} vom {date} verlegen", "Ausfallgebühr {amount} strittig", "Genehmigung {long} auf {n.physio-invoice} ergänzen", "Schmerzen nach Behandlung, Rückruf Therapeut", "Übungsplan {n.exercise-plan} neu geschickt"],
      sissue: ["ich muss den termin am {dsaid} verschieben", "meine schulter ist schlimmer geworden", "die versicherung will eine nummer auf der rechnung"],
      fix: ["verlegt auf {date2} um {time} bei {t.first}", "Ausfallgebühr storniert", "Rechnung {n.physio-invoice} mit Genehmigungsnummer neu erstellt", "Kontrolltermin ({mins}) bei {t.full} gebucht"],
      visit: ["dem Termin", "der Behandlung"],
      ops: ["Raum 2 am {date2} gesperrt, Termine verlegt; Übungsplan {n.exercise-plan} aktualisiert"],
    },
    windows: {
      longline: ["Garantiezertifikat {long}"],
      item: ["Terrassentür", "Haustür", "Kunststofffenster"],
      issue: ["die Monteure haben an der Terrassentür eine Lücke gelassen, Angebot {ref}", "zwischen den Scheiben vom Küchenfenster ist Kondenswasser", "ich muss das Aufmaß {n.survey-ref} verschieben", "der Griff der Haustür ist abgebrochen, Garantie {long}", "meine Anzahlung von {amount} steht nicht auf dem Angebot {ref}"],
      nissue: ["Scheibe undicht, Garantie {long}", "Aufmaß {n.survey-ref} verschieben", "Zugluft nach Montage, {ref}", "Anzahlung {amount} fehlt auf {ref}", "Maß {n.frame-size} falsch bestellt"],
      sissue: ["da ist so nebel zwischen den scheiben", "die monteure haben eine lücke an der tür gelassen", "der griff an der haustür ist abgebrochen"],
      fix: ["Servicetermin am {date2} zwischen {time} und {time2}", "neue Isolierglasscheibe {n.frame-size} bestellt, Lieferzeit {dur}", "Aufmaß mit {t.first} am {date2}", "Anzahlung {amount} auf Angebot {ref} gebucht"],
      visit: ["dem Aufmaß", "der Montage", "dem Servicetermin"],
      ops: ["Glaslieferant {dur} im Verzug, Maße {n.frame-size} betroffen ab {ts}"],
    },
    dry: {
      longline: ["Kundenkarte {long}"],
      item: ["Anzug", "Brautkleid", "Bettdecke"],
      issue: ["mein Anzug ist zurück, aber der Fleck ist noch drauf, Bon {ref}", "ich finde den Abholschein für mein Kleid nicht", "an meinem Sakko fehlt ein Knopf, Bon {ref}", "der Saum an meiner Hose ist 2 cm zu kurz", "ich brauche die Bettdecke vor dem {date} zurück"],
      nissue: ["Kundenkarte {long} ohne Stempel", "Fleck nicht entfernt, {ref}", "Bon verloren, Teil auf Stange {n.rack-slot}", "Knopf fehlt, {ref}", "Saum zu kurz, neu machen", "Eilauftrag bis {date}, Firmenkonto {n.corporate-account}"],
      sissue: ["der fleck ist immer noch drauf", "ich hab den abholschein verloren", "da fehlt ein knopf am sakko"],
      fix: ["wird kostenlos nachgereinigt, fertig am {date2}", "hängt auf Stange {n.rack-slot} zur Abholung bereit", "{t.first} macht den Saum bis {date2} neu", "wir schreiben {amount} dem Konto {n.corporate-account} gut"],
      visit: ["der Abholung", "der Anprobe"],
      ops: ["Presse 2 seit {ts} defekt, Stange {n.rack-slot} voll, Abholungen auf {date2} verschoben"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first}: Hallo, hier ist {a.first} von {brand} {emo} Wie kann ich helfen?
{clock} Kunde: hallo, {issue}
{clock} {a.first}: Das tut mir leid! Können Sie mir Ihren Namen und Ihre Telefonnummer nennen?
{clock} Kunde: {c.lc}, {c.phone}
{clock} {a.first}: Danke, {c.title}. {^fix}.
{clock} Kunde: ok danke {emo}`,
      `[{date}, {clock}] {c.full}: {hi} {emo} {issue}
[{date}, {clock}] {brand}: Hallo {c.first}, hier ist {a.first}. Können Sie mir Ihre E-Mail-Adresse und PLZ schicken?
[{date}, {clock}] {c.full}: {c.email}, {post}
[{date}, {clock}] {brand}: Danke! {^fix}. {nw}`,
      `Chat · {brand} · Besucher-IP {ip} · {browser}
{clock} Besucher: hi, kann ich den Rest für {ref} hier zahlen? {amount}
{clock} {a.full}: Bitte keine Kartendaten im Chat, ich schicke Ihnen einen Zahlungslink.
{clock} Besucher: zu spät 🙈 {pay}
{clock} {a.full}: Kein Problem, ist maskiert. Der Link geht an {c.email}.
{clock} Besucher: danke, bin {c.first} übrigens. falls ich nicht rangehe: {p.first} unter {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init}: Kd. {c.full} ruft an wg. {nissue}. Verifiziert (Geb.-Datum {dob}, PLZ {post}). {^fix}. Rückrufnr. {c.phone}. {nw}`,
      `Vorgang {case} | {brand} | {date}
Kunde: {c.lastcomma}
E-Mail: {c.email}
Tel.: {c.phone} / Festnetz {c.land}
Adresse: Lindenstraße {house}, {post}
Anliegen: {nissue}
Maßnahme: {^fix}
Erstattung an: {iban}
{longline}
{badpay}
Bearbeiter: {a.first}`,
      `{ts} Kundenportal gesperrt: {c.full} ({c.email}), 5 Fehlversuche von {ip} und {ip6}, App {ver}. Link zum Zurücksetzen verschickt, gültig {mins}. {a.init}`,
    ],
    callback: [
      `RÜCKRUFBITTE {date} {time}
Name: {c.titlefull}
Erreichbar: {c.phone} (mobil) oder {c.land} ab {time2}
Betreff: {nissue}
Ref.: {ref}
{longline}
Aufgenommen von: {a.first}`,
      `bitte {c.title} zurückrufen, {c.phone}, vor {time} — {nissue}. Evtl. geht {p.first} ran. AB besprochen am {date}. {a.first}`,
      `Rückruf für {t.full} (Zentrale {bizphone}): {c.full} bittet um Rückruf wg. {nissue}. {c.phone} um {time} nicht erreicht, nochmal am {date}.`,
    ],
    email: [
      `Betreff: AW: Bestellung {ref}

{hi} {a.first},

{issue}. Ich warte seit dem {date} und bin langsam etwas genervt.

Können Sie mich unter {c.phone} anrufen? Ab {time} bin ich zu Hause.

{bye}
{c.full}

Am {date2} schrieb {a.full} <{a.email}>:
> Hallo {c.title},
> danke für Ihre Nachricht. {^fix}.
> Viele Grüße
> {a.first} | {brand} | {bizphone} | {role}`,
      `{c.g:Sehr geehrte|Sehr geehrter} {c.title},

vielen Dank für Ihren Anruf. Wie besprochen: {fix}.

Ihre Referenz lautet {ref}. Bei Fragen antworten Sie einfach auf diese E-Mail oder rufen Sie uns unter {bizphone} an.

Mit freundlichen Grüßen
{a.full}
Kundenservice {brand}
{a.email}`,
      `Von: {c.full} <{c.email}>
An: {role2}
Betreff: Erstattung {ref}

Hallo,

{issue}. Bitte erstatten an:
{pay}

Tel. {c.phone}

{c.first}`,
    ],
    summary: [
      `Gesprächszusammenfassung {date} {time}, Dauer {mins}
Anrufer: {c.full} ({c.phone})
Agent: {a.full}
Grund: {nissue}
Ergebnis: {^fix}
Bestätigung an {c.email} gesendet (cc {role}). Vorgang {case}.`,
      `KI-Zusammenfassung ({ver})
• {^c.titlefull} meldet sich wegen {ref}.
• Problem: {nissue}.
• Lösung: {^fix}.
• Kontakt: {c.email}, {c.phone2}`,
      `{^c.titlefull} rief am {date} an: {issue}. Vereinbart: {fix}. {^badpay}. Kontakt über {c.email} oder {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] AGENT: {brandlc} guten tag sie sprechen mit {a.lcfirst} was kann ich für sie tun
[{off}] ANRUFER: ja hallo {um} hier ist {c.lc} {um} {sissue}
[{off}] AGENT: {sayok} unter welcher nummer erreiche ich sie
[{off}] ANRUFER: {c.said}
[{off}] AGENT: danke also {fix}
[{off}] ANRUFER: super danke tschüss`,
      `Mailbox · von {c.phone} · {date} {time} · transkribiert
"ja hallo hier ist {c.lcfirst} {um} wegen {visit} am {dsaid} {um} rufen sie mich bitte zurück unter {c.said} danke"`,
      `Sprecher 1: {brandlc} mein name ist {a.lcfirst}
Sprecher 2: ja {um} ich rufe für {c.lc} an ich bin {p.lcfirst}
Sprecher 1: {sayok} worum geht es
Sprecher 2: {sissue}
Sprecher 1: kann {c.lcfirst} uns unter {bizphone} zurückrufen
Sprecher 2: {sayok} oder sie rufen mich an unter {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Besucher: liefern Sie auch nach {post}?
{clock} Agent: Ja, in der Regel innerhalb von {dur}. Versand kostet {amount}.
{clock} Besucher: danke {emo}`],
    note: [`Betriebsnotiz {date}: {ops}. {nw}`],
    callback: [`Rückrufliste {date}: 7 offen, älteste von {time}. Viele Fragen zu Lieferzeiten ({dur}).`],
    email: [`Betreff: Ihr Vorgang {case}

Danke für Ihre Nachricht an {brand}. Wir antworten innerhalb von {dur}. Bitte halten Sie Ihre Referenz {ref} bereit.`],
    summary: [`Zusammenfassung {date}: Anrufer nannte keinen Namen, allgemeine Frage zu Preisen ({amount}) und Lieferzeit ({dur}). Keine Aktion.`],
    transcript: [`[{off}] IVR: willkommen bei {brandlc}
[{off}] ANRUFER: {um} öffnungszeiten
[{off}] IVR: wir sind ab {time} für sie da bitte warten sie`],
  },
}
