// German (Germany, Liechtenstein) and French (France, Belgium) templates.
import type { Template } from './templates-en-a.ts'

export const DE: Template[] = [
  { kind: 'form', domain: 'law', text: `Mandantenaufnahme (Formular)
Name: {{NAME}}
Telefon: {{PHONE}}
E-Mail: {{EMAIL}}
Angelegenheit: Arbeitsrecht – Kündigungsschutz
Az. intern: {{n:case-number}}, Gericht: {{n:court-ref}}
Steuer-ID (vom Mandanten angegeben): {{n:tax-id}}
Kostenvoranschlag {{n:fee-quote}}: {{n:amount}}` },
  { kind: 'sms', domain: 'ferry', text: `{{CO}}: Ihre Überfahrt {{n:voyage-number}} am {{n:date}} um {{n:time}}. Buchung {{n:booking-ref}}, Kfz {{n:vehicle-reg}}. Rückfragen: {{PHONE}}` },
  { kind: 'chat', domain: 'staff', text: `Recruiterin {{FIRST}}: Guten Tag, {{CO}}, was kann ich für Sie tun?
Kandidatin: Hallo, hier ist {{NAME}} {{E}}
Recruiterin {{SAMEF:1}}: Hallo Frau {{SAMEL:2}}! Ihr Vorstellungsgespräch für {{n:job-id}} ist am {{n:date}} um {{n:time}}.
Kandidatin: Super. Meine neue Nummer: {{PHONE}}
Recruiterin {{SAMEF:1}}: Danke. Für die Lohnabrechnung brauchen wir noch Ihre SV-Nummer ({{n:social-insurance}} war unvollständig) und die IBAN.
Kandidatin: {{IBAN:DE}}` },
  { kind: 'note', domain: 'staff', text: `RR {{first}} wg. Stundenzettel {{n:timesheet-ref}}: {{n:hours}} statt {{n:hours}}, Satz {{n:rate}}. Abrechnung {{n:payroll-ref}} korrigieren. Kto. lt. Formular {{n:iban-checksum}} – Prüfziffer falsch! Rückruf {{PHONE}}` },
  { kind: 'email', domain: 'ferry', loc: 'LI', text: `Betreff: Beschwerde Buchung {{n:booking-ref}}

Sehr geehrte Damen und Herren,
die Fähre {{n:voyage-number}} am {{n:date}} fiel aus. Ich verlange die Erstattung von {{n:amount}} auf {{IBAN:LI}}.
Freundliche Grüsse
{{NAME}}, Vaduz, Tel. {{PHONE:LI}}

> Am {{n:date}} schrieb {{NAME}} <{{EMAIL:kundendienst}}>:
> Guten Tag Herr {{LAST}}, Ihre Tickets (noch in {{w:Mark}} gerechnet? nein, in CHF) und Kabine {{n:cabin}} auf Deck {{n:deck}} wurde storniert.` },
  { kind: 'summary', domain: 'law', loc: 'LI', text: `Gesprächszusammenfassung (KI)
Anrufer {{NAME}} ({{PHONE}}) bittet um Termin zur Erbrechtsberatung. Kontakt per E-Mail an {{EMAIL}}.
Honorarangebot {{n:fee-quote}} über {{n:amount}} gesendet. Zahlungsversuch mit Karte {{n:luhn-invalid}} abgelehnt, danach mit {{CARD}} erfolgreich.` },
  { kind: 'csv', domain: 'staff', text: `Kandidat-ID;Name;Mobil;E-Mail;Stelle
{{n:candidate-id}};{{NAME}};{{PHONE}};{{EMAIL}};{{n:job-id}}
{{n:candidate-id}};{{NAME}};{{PHONE:X}};{{EMAIL}};{{n:job-id}}` },
  { kind: 'json', domain: 'ferry', text: `{"buchung":"{{n:booking-ref}}","abfahrt":"{{n:date}} {{n:time}}","reisende":"{{NAME}}","tel":"{{PHONE}}","mail":"{{EMAIL}}","kennzeichen":"{{n:vehicle-reg}}","ip":"{{IP4}}"}` },
]

export const FR: Template[] = [
  { kind: 'form', domain: 'law', text: `Fiche d'accueil – aide juridictionnelle
Nom : {{NAME}}
Tél. : {{PHONE}}
Courriel : {{EMAIL}}
Type d'affaire : droit de la famille
Dossier {{n:case-number}} – {{n:court-ref}}
RDV le {{n:date}} à {{n:time}} avec Me {{LAST}}` },
  { kind: 'sms', domain: 'staff', text: `Bonjour {{first}}, entretien pour l'offre {{n:job-id}} le {{n:date}} à {{n:time}} chez {{CO}}. Contact : {{NAME}} au {{PHONE}} {{E}}` },
  { kind: 'chat', domain: 'ferry', text: `Client : Bonjour, je voudrais changer de cabine, réservation {{n:booking-ref}}
Conseillère {{FIRST}} : Bonjour ! À quel nom ?
Client : {{NAME}}, je rentre de {{ACC}}.
Conseillère {{SAMEF:1}} : Pour le retour depuis {{w:Florence}}, vous êtes en cabine {{n:cabin}}, pont {{n:deck}}. Supplément {{n:amount}}.
Client : ok, carte {{CARD}}` },
  { kind: 'email', domain: 'law', loc: 'BE', text: `Objet : Réclamation facture {{n:invoice}}

Madame, Monsieur,
Le devis {{n:fee-quote}} annonçait {{n:amount}}. Merci de rembourser la différence sur {{IBAN:BE}}.
Cordialement,
{{NAME}} – {{PHONE:BE}}

> Le {{n:date}}, {{NAME}} <{{EMAIL:secretariat}}> a écrit :
> Chère Madame {{LAST}}, votre dossier {{n:case-number}} est en cours.` },
  { kind: 'note', domain: 'staff', loc: 'BE', text: `rappel {{first}} : feuille de temps {{n:timesheet-ref}}, {{n:hours}} à {{n:rate}}, paie {{n:payroll-ref}}. IBAN donné {{n:iban-checksum}} invalide, redemander. tél {{PHONE}}` },
  { kind: 'summary', domain: 'ferry', text: `Résumé d'appel (assistant IA)
L'appelante, {{NAME}}, a perdu une valise sur la traversée {{n:voyage-number}} du {{n:date}}. Numéro de rappel : {{PHONE}}. Adresse e-mail : {{EMAIL}}. Véhicule {{n:vehicle-reg}}.` },
  { kind: 'csv', domain: 'ferry', loc: 'BE', text: `reservation;passager;telephone;email;depart
{{n:booking-ref}};{{NAME}};{{PHONE}};{{EMAIL}};{{n:date}} {{n:time}}
{{n:booking-ref}};{{NAME}};{{PHONE:X}};{{EMAIL}};{{n:date}} {{n:time}}` },
]
