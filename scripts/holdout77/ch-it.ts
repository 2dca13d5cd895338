// Texts of German-speaking Switzerland and Italy, written one by one: quoted marketplace threads, agents' case notes,
// report forms and moderation log lines, and quoted reviews of a trust-and-safety and support desk.
import { mk } from "./mk.ts"

const ch = mk("de-CH")
const it = mk("it-IT")

export const DE_CH = [
  ch("thread", `Streitfall {{neg:case-number|SF-2026-30918}}, zitierter Verlauf — Inserat {{neg:listing-id|INS-617904-ZH}} (Velo, Zürich)
Käufer tobi_zh: Ist das Velo noch da?
Verkäuferin {{PERSON|Regula Brunner}}: Ja, aber schreiben Sie mir lieber auf WhatsApp {{PHONE|079 412 63 88}}
Käufer tobi_zh: Lieber hier über die Plattform, danke`),
  ch("report", `meldung typ=zahlung_ausserhalb melder=@heidi_und_geissen inserat={{neg:listing-id|X-77301}}
text="er schreibt die Nummer aus: {{PHONE|null sieben acht, drei eins fünf, zweiundneunzig, vierundsechzig}}"
aktion=inserat_gelöscht moderator=mod_ch_5`),
  ch("case", `Kontoübernahme: Nutzer {{PERSON|Beat Zürcher}} meldet Login von {{IP_ADDRESS|203.0.113.140}} am {{neg:date|3. Dezember}} um {{neg:time|02:47}}. E-Mail geändert zu {{EMAIL|bz.kontohilfe@example.ch}}. Zurückgesetzt, Auszahlung auf {{IBAN|CH74 0900 0003 0441 7682 X}} gesperrt bis Prüfung.`),
  ch("review", `Bewertung, zitiert in Reklamation {{neg:case-number|RK-2086}}: «Wohnung in Luzern sauber, aber Gastgeber {{PERSON|Andrin}} war nie erreichbar. Nachbarin Frau {{PERSON|Gerber}} hat uns den Schlüssel gegeben.» Antwort: «Sorry, war im Militär bis {{neg:date|29.11.2026}}.»`),
  ch("case", `Auszahlung: Verkäufer {{PERSON|Nicolò Bernasconi}} hat IBAN {{neg:iban-checksum|CH16 0483 0123 4567 8901 X}} erfasst, Prüfziffer falsch. Richtig ist {{IBAN|CH15 0483 0123 4567 8901 X}}. Betrag {{neg:amount|CHF 1'240.–}}, Auftrag {{neg:order-number|AUF-99201-CH}}.`),
  ch("thread", `Ferienwohnung Grindelwald, Buchung {{neg:booking-ref|FW-GW-2231}}
Gast {{PERSON|Svenja Meier}}: Wir kommen erst um {{neg:time|22:15}} an, geht das?
Gastgeber {{PERSON|Köbi Ammann}}: Ja, mein Sohn {{PERSON|Jonas}} wartet, seine Nummer {{PHONE|+41 76 318 22 05}}
Gast: Merci vielmal! 🏔️`),
  ch("report", `mod_log aktion=entfernt grund=kontaktdaten inserat={{neg:listing-id|SKI-31X8}} text="Ski fast neu, mail {{EMAIL|skiladen.berner@example.com}}" app={{neg:version|3.9.14}} prüfer=mod_ch_9 tel_im_text={{PHONE|031 318 74 26}}`),
  ch("case", `Identitätsprüfung: ID lautet auf {{PERSON|Dragana Petrović}}, Wohnort {{neg:postcode|8004}} Zürich. Karte {{CARD|5268 7419 3302 6150}} hinzugefügt, Telefon {{PHONE|044 251 37 90}} bestätigt. Zweitnummer {{PHONE|+41 79 640 18 53}}.`),
  ch("thread", `Auszug Streitfall, Bestellung {{neg:order-number|B-4471-CH}}:
Käufer {{PERSON|Matteo Keller}}: Paket {{neg:tracking-number|99.60.112233.44556677}} nie angekommen
Verkäufer "Sommerhaus": Die Post sagt zugestellt in {{neg:postcode|3011}} Bern
Käufer: Im {{neg:name-word|Sommer}} vielleicht 🙄`),
  ch("review", `★★☆☆☆ «Kinderwagen hatte einen Riss, Verkäuferin {{PERSON|Fabienne Roth}} wollte nur {{neg:amount|Fr. 20.–}} zurückgeben.» — Bewertung von {{PERSON|Mirjam Steiner}}, zitiert.`),
  ch("case", `Rückerstattung: Käuferin {{PERSON|Aylin Demir}} zahlte {{neg:amount|CHF 380.–}} mit Karte {{neg:masked-card|**** 7449}}. Erster Eintrag {{neg:luhn-invalid|4716 3902 5581 7448}}, korrekt {{CARD|4716 3902 5581 7449}}. Rückruf unter {{PHONE|null sieben neun, drei null eins, vierundvierzig, achtzehn}}.`),
  ch("report", `ato_warnung user=reto.f neue_ip={{IP_ADDRESS|2001:db8:c8::19}} alte_ip={{IP_ADDRESS|172.16.4.9}} tel_neu={{PHONE|078 690 21 47}} gemeldet_von=reto.f`),
  ch("thread", `Vermieter-Mieter Nachrichten, Buchung {{neg:booking-ref|ZH-LOFT-77}}
Gast: Der Vormieter, Herr {{PERSON|Vogt}}, hat seinen Koffer vergessen
Gastgeberin: Danke, er holt ihn am {{neg:date|Montag, 7. Dezember}}
Gast: Der Code für die Tür ist {{neg:reference|8305}}, oder? Sonst rufe ich {{PHONE|081 403 27 19}} an`),
  ch("case", `Zahlung an deutsches Konto: Gastgeber {{PERSON|Ruedi Baumann}} will Auszahlung auf {{IBAN|DE44 5001 0517 5407 3249 31}}. Version {{neg:version|3.10.0}} zeigt Fehler. Ticket {{neg:ticket-number|TK-CH-2209}}, Rückruf {{PHONE|061 271 95 04}}.`),
  ch("review", `Öffentliche Antwort des Verkäufers: «Lieber {{PERSON|Pascal}}, das Sofa war beim Abholen am {{neg:date|12. November}} ganz. Fragen Sie mich unter {{PHONE|077 219 83 40}}.»`),
]

export const IT_IT = [
  it("thread", `Contestazione {{neg:case-number|CT-2026-71204}}, thread citato — annuncio {{neg:listing-id|AN-993201}} (bici da corsa, Bologna)
acquirente gio_bologna: è ancora disponibile?
venditore {{PERSON|Salvatore Russo}}: sì, mi scriva su whatsapp al {{PHONE|333 481 2076}}
acquirente gio_bologna: preferisco restare sulla piattaforma`),
  it("report", `segnalazione tipo=pagamento_esterno autore=@nonna_lucia annuncio={{neg:listing-id|IT-52877-MI}}
testo="ha scritto il numero in lettere: {{PHONE|tre quattro sette, nove zero due, uno uno cinque otto}}"
azione=annuncio_rimosso moderatore=mod_it_12`),
  it("case", `Nota operatore: account di {{PERSON|Francesca De Santis}} violato, accesso da {{IP_ADDRESS|198.51.100.77}} il {{neg:date|2 dicembre}} alle {{neg:time|03:15}}. Email di recupero cambiata in {{EMAIL|fds.assistenza@example.it}}. Rimborso di {{neg:amount|€ 245,00}} su {{IBAN|IT49 K030 6909 6061 0000 0012 789}}.`),
  it("review", `Recensione citata nel reclamo {{neg:case-number|RC-6604}}: «Casa vacanze a Otranto bellissima, ma l'host {{PERSON|Cosimo}} non rispondeva. La vicina, la signora {{PERSON|Anna Esposito}}, ci ha aiutati, il suo numero è {{PHONE|0832 414 907}}.»`),
  it("case", `Bonifico venditore: {{PERSON|Giorgio Brambilla}} ha inserito {{neg:iban-checksum|IT50 K030 6909 6061 0000 0012 789}}, rifiutato. Corretto: {{IBAN|IT98 W020 0801 6030 0010 1754 321}}. Ordine {{neg:order-number|ORD-IT-40129}}, importo {{neg:amount|€ 1.120,00}}.`),
  it("thread", `Prenotazione {{neg:booking-ref|BNB-FI-6173}}, messaggi host/ospite
ospite {{PERSON|Kateryna Bondarenko}}: arriviamo alle {{neg:time|22:30}}, va bene?
host {{PERSON|Lorenzo Galli}}: sì, mio cugino {{PERSON|Dario}} vi aspetta, {{PHONE|+39 320 774 1902}}
ospite: grazie mille 🙏`),
  it("report", `log_moderazione azione=rimozione motivo=contatti_nel_testo annuncio={{neg:listing-id|MT-4409}} testo="scrivetemi a {{EMAIL|affari.vespa@example.com}}" versione={{neg:version|7.1.3}} revisore=mod_it_3 numero_nel_testo={{PHONE|+39 348 920 1164}}`),
  it("case", `Verifica identità: documento di {{PERSON|Abdoulaye Sow}}, residente a {{neg:postcode|20121}} Milano. Carta {{CARD|4987 6543 0129 1186}} aggiunta; primo tentativo {{neg:luhn-invalid|4987 6543 0129 1187}} rifiutato. Telefono {{PHONE|02 8645 3371}}.`),
  it("report", `moderazione · segnalazioni contraffazione
{{neg:date|03/12/2026}} {{neg:time|09:14}} annuncio={{neg:listing-id|BRS-66120}} "borsa firmata, certificato incluso" → rimosso, venditore sospeso
{{neg:date|03/12/2026}} {{neg:time|09:31}} annuncio={{neg:listing-id|BRS-66187}} stesso venditore, testo "info al {{PHONE|392 617 0448}}" → rimosso
{{neg:date|04/12/2026}} {{neg:time|10:02}} ricorso da {{EMAIL|borse.lusso.outlet@example.it}} → respinto`),
  it("review", `★☆☆☆☆ «Telefono con schermo rigato, venditore scortese.» — {{PERSON|Pietro Fontana}}. Risposta: «Foto del {{neg:date|27 novembre}}: era perfetto. La cover {{neg:name-word|bianca}} era inclusa.»`),
  it("case", `Rimborso: acquirente {{PERSON|Elisa Marchetti}} ha pagato {{neg:amount|€ 89,90}} con carta {{neg:masked-card|**** 2517}}. Carta completa {{CARD|5522 1467 8890 2517}}. Venditore avvisato al {{PHONE|011 562 8843}}.`),
  it("report", `allerta_ato utente=fede_m nuovo_ip={{IP_ADDRESS|2001:db8:2a::40}} vecchio_ip={{IP_ADDRESS|192.168.0.12}} tel_nuovo={{PHONE|06 4821 7735}} segnalato_da=fede_m`),
  it("thread", `Annuncio segnalato {{neg:listing-id|CAS-2049}}:
venditore "Fortuna Usato": pagamento anticipato con carta, mandami il numero
acquirente {{PERSON|Raffaele Conti}}: ho già pagato con {{CARD|3412 7508 8366 493}}, dov'è la merce?
venditore: la {{neg:name-word|fortuna}} aiuta gli audaci 😂`),
  it("case", `Affitto breve: inquilino precedente {{PERSON|Tommaso Ricci}} ha lasciato danni il {{neg:date|14 novembre}}. Nuova ospite {{PERSON|Sofia Moretti}} raggiungibile al {{PHONE|tre tre nove, sei uno due, zero otto quattro sette}}. Ticket {{neg:ticket-number|TK-IT-8162}}.`),
  it("review", `Risposta pubblica dell'host: «Grazie {{PERSON|Beatrice}}! Per il check-in chiamate {{PHONE|081 764 2290}}. Il CAP corretto è {{neg:postcode|80134}}.» — citata nella pratica {{neg:case-number|PR-47215}}.`),
]
