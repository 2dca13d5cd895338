// The German pack (de-DE).
import type { Pack } from "./pack.ts"

export const DE: Pack = {
  lang: "de",
  templates: {
    chat: [
      `
Chatverlauf · {biz} · {date}
Besucher-IP: {ip} · {browser}
[{clock}] {a.given} ({biz}): Guten Tag, Sie schreiben mit {a.given}. Wie kann ich helfen?
[{clock}] {c.given}: hallo, es geht um {what}. {issue}
[{clock}] {a.given} ({biz}): Das tut mir leid. Können Sie mir Ihren Namen und eine Rückrufnummer geben?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Danke, {c.title}. Ich sehe Ihren Vorgang: {r1}. {fix}
[{clock}] {c.given}: super, bitte Bestätigung an {email}
[{clock}] {a.given} ({biz}): Ist raus. Schönen Tag noch!`,
      `
[{clock}] Agent: Willkommen bei {biz}, mein Name ist {a.given}.
[{clock}] Kunde: Hallo, ich möchte die Rückzahlung für {n1} klären, {amount} sind noch offen.
[{clock}] Agent: Gern. Auf welches Konto sollen wir überweisen?
[{clock}] Kunde: {iban}
[{clock}] Kunde: ach nein, das ist das alte. bitte auf dieses hier: {ibanx}
[{clock}] Agent: Notiert. Auf wen läuft das Konto?
[{clock}] Kunde: {p}
[{clock}] Agent: Danke. Die Gutschrift dauert etwa {dur}. Bei Fragen: {bizline}.`,
      `
[{wadate}, {clock}] {c}: Hallo, ist das {biz}? {issue}
[{wadate}, {clock}] {biz}: Hallo {c.given}, hier ist {a.given} 👋 Haben Sie die Nummer vom Aufkleber ({ld})?
[{wadate}, {clock}] {c}: {nd}
[{wadate}, {clock}] {biz}: Danke! {fix} {k} aus unserem Team meldet sich unter {phone}.
[{wadate}, {clock}] {c}: Ist das Ihr [[name-word:Ernst]]? Letztes Mal hat das {dur} gedauert 🙄`,
    ],
    sms: [
      `{biz}: Hallo {c.given}, Ihr Termin am {date} zwischen {time} und {time2} Uhr ist bestätigt. Ref. {n1}. Fragen? {bizline}`,
      `Hi, hier {c}, bitte um Rückruf wegen {n1} unter {phone}, ab {time} Uhr erreichbar. Danke!`,
      `{!jewel}Hallo {c.title}, hier ist {k.given} von {biz}. Ich stehe vor Hausnummer {house}, finde aber keinen Parkplatz. Rufen Sie mich kurz an? {kphone}`,
    ],
    note: [
      `
Fall {case} | {biz}
Kunde: {c.crm}
Geb.-Datum: {dob} | PLZ: {post}
Tel.: {phone} / {land}
E-Mail: {email}
Ref.: {r1}; {r2}
Notiz ({a.initial}, {date}): {issue} {fix}
Zuständig: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – eingeh. Anruf {c.caps} zu {n1}. {issue} Kd. bestätigt Geb.-Datum {dob}. {fix} RR erbeten auf {phone.intl} nach {time2} Uhr. An {k.given} (Disposition) übergeben.`,
      `
Portal-Sperre – {c} ({email})
{ts} Login fehlgeschlagen x5 von {ip4}
{ts2} Login fehlgeschlagen von {ip6}
Kd. unter {phone} angerufen, nur die zweite Adresse ist vom Kunden. Zurückgesetzt von {a.given}; {k.given} prüft {ip4}. App {ver}.`,
    ],
    callback: [
      `
RÜCKRUFBITTE
Name: {c.tfull}
Nummer: {phone}
Am besten: {date}, ab {time} Uhr
Betreff: {r1} – {issue}
Aufgenommen von: {a.given} | für: {k}
?{^rd}`,
      `RR {c.crm} {phone} wg. {n1} – möchte nur mit {k.given} sprechen, nicht vor {time} Uhr. {|AB besprochen.|2x nicht erreicht.}`,
      `Bitte {c.title} unter {phone} zurückrufen, sonst über {aline} {ext} bei {a.given} melden. Es geht um {what}. {fix}`,
    ],
    email: [
      `
Betreff: AW: Ihr Auftrag {n1}

Hallo {a.given},

danke für die schnelle Antwort. {issue} Können Sie mich vor {time} Uhr unter {phone} anrufen? Am {date} bin ich nicht da.

Viele Grüße
{c}
{phone.nat}

Am {date2} schrieb {a} <{amail}>:
> {c.dear},
> vielen Dank für Ihre Nachricht an {biz}. {fix}
> Mit freundlichen Grüßen
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Betreff: Erstattung {n1}

Sehr geehrte Damen und Herren,

ich habe {what} am {date} storniert, zugesagt war eine Erstattung von {amount}. Bitte überweisen Sie den Betrag auf:
{refund}
Kontoinhaber: {c}

Die IBAN {ibanbad} aus meiner ersten Mail war leider falsch (Zahlendreher).
Bei Rückfragen: {phone}

Mit freundlichen Grüßen
{c}`,
      `
---------- Weitergeleitete Nachricht ---------
Von: {c} <{email}>
Datum: {date}, {time}
Betreff: Beschwerde {n1}
An: {role}
X-Originating-IP: [{ip4}]

{issue} Ich wurde schon zweimal zwischen {q.given} und Ihrem Büro hin- und hergeschickt.
Ich erwarte bis {date2} einen Anruf unter {phone}.
{c}

{k.given}, kannst du das bitte übernehmen? Danke, {a.given}`,
    ],
    summary: [
      `
Gesprächszusammenfassung (automatisch)
• Anrufer: {c}
• Mitarbeiter: {a}
• Anliegen: {issue}
• Ergebnis: {fix}
• Nächster Schritt: {k.given} ruft bis {date} unter {phone} zurück
• Referenzen: {r1}, {r2}{%50|, {rd}}`,
      `
Erstattung – {date}
Kunde: {c.crm} | {email}
Zahlung: Karte {masked}, {amount}
Erstattung: {amount2} auf {refund}
Freigabe: {k} (Teamleitung)
Grund: {issue}
?Hinweis: IBAN {ibanbad} aus dem Formular war ungültig (Prüfziffer).`,
      `
Anruf {case} – {date} {time} – {mins}
Eingehend von {phone.intl}. Name buchstabiert: {c.spell}, Ref. {r1}.
Karte endet auf {masked}; neue Karte {luhnbad} wurde abgelehnt, danach {card} akzeptiert (Ablauf {exp}).
{fix} Weiter: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] agent: {~biz}, guten tag, sie sprechen mit {a.lgiven}
[00:00:05] anrufer: ja hallo äh hier ist {c.lower}, es geht um {~what}
[00:00:11] agent: können sie mir den nachnamen buchstabieren
[00:00:14] anrufer: {c.lspell}
[00:00:20] agent: danke und eine rückrufnummer
[00:00:23] anrufer: {phone.said}
[00:00:31] agent: und ihr geburtsdatum
[00:00:33] anrufer: {sdob}
[00:00:38] anrufer: {~issue}
[00:00:49] agent: okay. {~fix}`,
      `
sprecher 1: {~biz}, {a.lgiven} am apparat
sprecher 2: hallo, ich rufe für {c.lower} an, mein name ist {p.lower}
sprecher 1: ist {c.lgiven} bei ihnen? ich bräuchte kurz das okay
sprecher 2: ja moment... {c.lgiven} sagt ja
sprecher 1: gut. worum geht's
sprecher 2: {~issue}
sprecher 1: die beste nummer für den rückruf
sprecher 2: {phone2.said}`,
      `
agent: {~biz} zahlungen, {a.lgiven} am apparat
anrufer: hallo ich möchte die {|anzahlung|restzahlung} für {n1} bezahlen
agent: gerne, das sind {amount}. die kartennummer bitte wenn sie so weit sind
anrufer: okay das ist die {card}
agent: und gültig bis
anrufer: {exp}
agent: danke, ist durchgegangen. die quittung geht an... ist das noch {email}
anrufer: ja genau
agent: prima, sonst noch etwas, {c.lower}
anrufer: nein danke, tschüss`,
    ],
    voicemail: [
      `
Sprachnachricht von {phone.intl} · {date} {time}
„hallo hier ist {c.lower} wegen {n1} äh {~issue} rufen sie mich bitte zurück unter {phone.said} danke tschüss"`,
      `
Neue Sprachnachricht (transkribiert)
Von: {c} <{phone}>
„ja hallo, nachricht für {a.lgiven}... hier ist nochmal {c.lgiven}... die rechnung war {amount}, das war so nicht abgesprochen... erreichbar unter {land.said} oder per mail an {email}"`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Unser Team ist montags bis freitags von {time} bis {time2} Uhr da. Wartezeit aktuell ca. {mins}.
[{clock}] Besucher: ok danke, dann melde ich mich im [[name-word:Sommer]] nochmal`],
    sms: [`{!jewel}{biz}: Wir sind unterwegs, Ankunft ca. {time} Uhr. Ref. {n1}.`, `{biz}: Zahlung über {amount} zu {n1} erhalten, Karte {masked}. Danke!`],
    note: [`Betriebsnotiz {date}: Fahrzeug 3 in der Werkstatt, Aufträge {n1} und {n3} verschoben auf {date2}. Teile {track} kommen bis {time}. App {ver} ausgerollt.`],
    callback: [`RR-Warteschlange {date} {time}: 9 offen, älteste seit {mins}. Priorität: {r1}, {r2}.`],
    email: [`Vielen Dank für Ihre Nachricht an {biz}. Unser Büro ist bis {date} geschlossen. Bitte geben Sie bei Antworten {r1} an.`],
    summary: [`Tagesbericht {date}: 188 Anrufe, Ø Bearbeitung {mins}, Erstattungen {amount}. Fall {case} eskaliert.`],
    transcript: [`ivr: willkommen bei {~biz}. wir sind von {time} bis {time2} uhr für sie da. drücken sie die eins für termine.`],
    voicemail: [`Sprachnachricht (Rufnummer unterdrückt) · {date} {time}
„...hallo? ... es geht um {n1}... ich versuche es später nochmal"`],
  },
  biz: {
    stair: {
      what: ["den Treppenlift", "den Kurvenlift", "den Sitzlift an der Kellertreppe", "den Badewannenlift"],
      issue: ["Die App akzeptiert die Seriennummer {nd} vom Typenschild unter dem Sitz nicht.", "Der Lift bleibt auf halber Höhe stehen und piept dreimal.", "Der Sitz lässt sich oben nicht mehr drehen.", "Die Fernbedienung im Obergeschoss funktioniert nicht mehr.", "Die Schiene muss verlängert werden, bevor meine Mutter am {date3} aus der Reha kommt.", "Die Akku-Warnleuchte blinkt, obwohl er die ganze Nacht geladen hat."],
      fix: ["Aufmaß vereinbart: vorhandene Schiene {nspec}, Verlängerung wird separat angeboten.", "Ersatzfernbedienung heute verschickt, Sendungsnr. {track}.", "Techniker eingeplant: Ladekontakte reinigen, Fußstützen-Sensor prüfen.", "Ersatzhebel bestellt, Einbau beim nächsten Termin.", "Kunde durch Schlüsselschalter und Reset geführt, Lift fährt wieder.", "Aufmaß für die Verlängerung vereinbart, Angebot folgt.", "Akkus sind in der Garantie, neues Paar geht heute raus."],
      labels: ["Auftragsnr.", "Schienenmaß", "Wartungstermin", "Seriennr."],
    },
    cater: {
      what: ["das Buffet für 80 Personen", "die Fingerfood-Bestellung", "die Mittagslieferung ins Büro", "das Essen zur Taufe", "das Menü für die Firmenfeier"],
      issue: ["Meine Bank zeigt die Anzahlung unter {nd}, auf Ihrer Rechnung steht aber eine andere Nummer.", "Wir brauchen statt 60 jetzt 74 Portionen und zwei vegane Hauptgänge.", "Ein Gast hat eine schwere Nussallergie, das möchte ich schriftlich auf der Bestellung haben.", "Das warme Essen kam lauwarm an und das Dessert fehlte ganz.", "Können wir die Verkostung auf einen Abend unter der Woche verschieben?", "Die Anzahlung von {amount} wurde zweimal von meiner Karte abgebucht.", "Im [[name-word:Sommer]] planen wir ein Gartenfest für etwa 40 Gäste und hätten gern ein Angebot."],
      fix: ["Menü {nspec} mit der Küche bestätigt, Allergene aufgeführt.", "Personenzahl angepasst und Küche informiert, neue Rechnung folgt.", "Allergie auf Bestellung und Ablaufplan vermerkt.", "Teilerstattung von {small} für das fehlende Dessert freigegeben.", "Verkostung verschoben auf {date3}, {time3} Uhr; Küchenchef hat bestätigt.", "Doppelte Anzahlung storniert, Gutschrift in {dur}."],
      labels: ["Buchungsnr.", "Menücode", "Verkostung", "Anzahlungsref."],
    },
    cool: {
      what: ["die Klimaanlage", "das Split-Gerät im Schlafzimmer", "die Kassettenanlage im Büro", "das Außengerät"],
      issue: ["Ich habe die Garantie online registriert und {nd} bekommen, aber die Bestätigung kam nie.", "Das Innengerät tropft die Wand herunter.", "Im Kühlbetrieb kommt nur warme Luft, im Display steht E6.", "Das Außengerät klappert nachts und die Nachbarn beschweren sich.", "Die Fernbedienung zeigt den Filter an, obwohl wir die Filter gereinigt haben.", "Am {date3} ist niemand zur Wartung gekommen, ich hatte extra frei genommen."],
      fix: ["Ersatzlüftermotor für das {nspec} bestellt.", "Ersatzfernbedienung verschickt, Sendungsnr. {track}.", "Kondensatleitung frei gemacht, Pumpe getestet.", "Techniker prüft den Kältemitteldruck; F-Gas-Protokoll aktualisiert.", "Schwingungsdämpfer für das Außengerät bestellt.", "Filteranzeige per Fernzugriff zurückgesetzt.", "Versäumter Termin als Beschwerde erfasst, Anfahrtspauschale von {small} erlassen."],
      labels: ["Wartungsvertrag", "Modell", "F-Gas-Protokoll", "Garantie-Reg.-Nr."],
    },
    jewel: {
      what: ["den Verlobungsring", "die antike Brosche", "das Silberarmband", "den Siegelring", "die Perlenkette"],
      issue: ["Die Versicherung hat mir die Schadennummer {nd} gegeben und braucht Ihr Gutachten.", "Eine Krappe am Verlobungsring ist locker, der Stein wackelt.", "Die Gravur auf dem Armband hat die falschen Initialen.", "Der Ring soll von Größe 54 auf 57 geändert werden.", "Auf den Anhänger soll eine kleine [[name-word:Rose]] graviert werden, geht das noch bis {date3}?", "Ich brauche nach dem Einbruch ein Wertgutachten für die Versicherung.", "Die Uhr, die ich am {date3} abgeholt habe, steht schon wieder."],
      fix: ["Gravur kostenlos neu, Entwurf {nspec} zur Freigabe verschickt.", "Stück versichert zurückgeschickt, Sendungsnr. {track}.", "Krappen nachgesetzt, Stein geprüft.", "Gravur kostenlos neu, neuer Entwurf zur Freigabe verschickt.", "Größenänderung in der Werkstatt eingeplant, fertig in {dur}.", "Neuer Verschluss eingesetzt und Stück gereinigt.", "Termin für das Gutachten vereinbart, Zertifikat folgt in {dur}."],
      labels: ["Reparaturschein", "Gravurentwurf", "Gutachten", "Schadennr. der Versicherung"],
    },
  },
  words: { ext: ["Durchwahl", "DW", "App."], routing: "BLZ", account: "Konto", branch: "Filiale" },
}
