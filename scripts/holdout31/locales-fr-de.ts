// French (Québec, Romandy) and Swiss German.
import type { Pack } from "./pack.ts"

export const FR: Pack = {
  or: "ou",
  ext: ["poste", "p."],
  titles: { f: ["Mme", "Dre"], m: ["M.", "Dr"] },
  greet: ["Bonjour {g1},", "Salut {g1},", "Madame, Monsieur {s1},", "Bonjour {t1} {s1},"],
  sign: ["Merci,", "Cordialement,", "Bonne journée,", "Meilleures salutations,"],
  callMe: ["Appelez-moi au {ph1} au besoin.", "Mon cellulaire : {ph1}.", "Vous pouvez me joindre au {ph1}."],
  reach: ["Si je ne réponds pas, essayez {g2} à la maison au {ph2}.", "Autre contact : {p2}, {ph2}."],
  orLine: ["Je suis au {ph1} {or} au {ph3}.", "Me joindre au {ph1} {or} au {ph3} le soir."],
  extLine: ["Notre ligne : {phx1}.", "Ligne directe {phx1}."],
  timeLine: ["Appelez le {pht1} svp.", "Joignable au {pht1}."],
  mailMe: ["Mon courriel : {em1}.", "Écrivez-moi à {em1}."],
  vm: ["Bonjour, ici {p3} de {biz}, message pour {g1}.", "Bonjour, {g3} de {biz}, un message pour {t1} {s1}."],
  vmBack: ["Merci de nous rappeler au {ph1}.", "Vous pouvez nous rappeler au {phx1} en semaine."],
  tr: { agent: "Agent", caller: "Client", open: ["{biz}, {g3} à l'appareil, comment puis-je vous aider?"], askNum: ["À quel numéro puis-je vous rappeler?"], give: ["C'est le {ph1}.", "Au {ph1}."], askName: ["Le dossier est à quel nom?"], close: ["Parfait, {g1}, c'est noté.", "C'est beau, on vous texte."] },
  lab: { name: "Nom", phone: "Téléphone", mobile: "Cellulaire", email: "Courriel", notes: "Notes", status: "Statut", subject: "Objet", customer: "Client", staff: "Traité par", date: "Date", amount: "Montant", card: "Carte", iban: "IBAN", id: "Identifiant", priority: "Priorité", ref: "Réf." },
  words: [],
  pay: { card: ["Payé par carte {card}.", "Carte au dossier : {card}."], iban: ["Remboursement sur l'IBAN {iban}."], badcard: ["Carte fidélité {badcard} (pas une carte de paiement)."], badiban: ["L'IBAN {badiban} a été refusé (clé invalide)."] },
  low: ["{lg1} a rappelé, rappeler au {ph1}", "dit à {lg1} qu'on texte, {lg2} confirme", "message laissé à {lg1}, essayer {ph1} après {time}"],
  status: ["Ouvert", "En attente", "Résolu", "Escaladé"],
  biz: {
    vet: { names: ["Clinique vétérinaire des Érables", "Hôpital vétérinaire Rive-Sud", "Assurance Animo"], domain: "cliniqueerables.ca", lines: ["{pet} doit recevoir son rappel le {date}; micropuce {chip} au dossier.", "La réclamation {claim} de la police {pol} est acceptée : {amt}.", "{g1} dépose {pet} à {time} pour le détartrage.", "{p2} est inscrit comme deuxième gardien sur la police {pol}.", "La Dre {s4} a vu {pet} (puce {chip})."], neg: ["Rappel vaccin : puce {chip}, le {date}.", "La police {pol} se renouvelle le {date}, prime {amt}."], subject: ["Rappel pour {pet}", "Réclamation {claim}"] },
    car: { names: ["Location Autos Laurentides", "Romandie Location", "Assistance Route 24"], domain: "locautos.ca", lines: ["{p1} a pris le véhicule {plate} à {time}, contrat {agr}.", "Panne sur {plate} (NIV {vin}); remorquage prévu à {time}.", "Dépôt de {amt} retenu sur le contrat {agr} jusqu'au {date}.", "{g1} a ajouté {p2} comme deuxième conducteur au contrat {agr}."], neg: ["Contrat {agr} : {plate} rendu le {date}, frais d'essence {amt}.", "NIV {vin} en entretien le {date}."], subject: ["Contrat {agr}", "Panne {plate}"] },
    util: { names: ["Énergie et Eau du Lac", "Services industriels de la Côte", "Hydro-Vallée"], domain: "eauetenergie.ch", lines: ["{g1} a relevé {read} au compteur {meter} le {date}.", "Le compte {acct} a un solde impayé de {amt}; {p2} est cotitulaire.", "Le point de livraison {supply} passe au nom de {p1} dès le {date}.", "Facture estimée de {amt} au compte {acct}; {g1} conteste le relevé {read}."], neg: ["Compteur {meter} : relevé {read} le {date}.", "Compte {acct} : prélèvement de {amt} le {date}."], subject: ["Relevé du compte {acct}", "Facture {acct}"] },
    uni: { names: ["Bureau des admissions", "Résidences étudiantes", "Service du logement étudiant"], domain: "admissions-univ.ca", lines: ["{p1} (matricule {sid}) a accepté l'offre, demande {app}.", "La chambre {room} est réservée pour {g1} dès le {date}; dépôt {amt}.", "Le garant de {g1}, {p2}, a confirmé le {date}.", "Il manque le relevé de notes à la demande {app}; {g1} dit l'avoir posté le {date}."], neg: ["Demande {app} complète le {date}.", "Chambre {room} prête le {date}; loyer {amt}."], subject: ["Demande {app}", "Chambre {room}"] },
  },
}

/** Romandy: natel, septante, salutations. */
export const FR_CH: Partial<Pack> = {
  callMe: ["Vous pouvez m'atteindre sur mon natel au {ph1}.", "Mon natel : {ph1}.", "Rappelez-moi au {ph1}, merci."],
  sign: ["Meilleures salutations,", "Avec mes salutations,", "Merci d'avance,"],
}

export const DE: Pack = {
  or: "oder",
  ext: ["intern", "Durchwahl"],
  titles: { f: ["Frau", "Dr."], m: ["Herr", "Dr."] },
  greet: ["Grüezi {t1} {s1},", "Hoi {g1},", "Guten Tag {t1} {s1},", "Sali {g1},"],
  sign: ["Freundliche Grüsse,", "Liebe Grüsse,", "Merci und Gruss,", "Beste Grüsse,"],
  callMe: ["Bitte rufen Sie mich unter {ph1} an.", "Mein Natel: {ph1}.", "Erreichbar unter {ph1}."],
  reach: ["Falls ich nicht abnehme, bitte {g2} anrufen: {ph2}.", "Zweiter Kontakt: {p2}, {ph2}."],
  orLine: ["Ich bin unter {ph1} {or} {ph3} erreichbar.", "Tel. {ph1} {or} Natel {ph3}."],
  extLine: ["Unsere Zentrale: {phx1}.", "Direktwahl {phx1}."],
  timeLine: ["Bitte {pht1} anrufen.", "Erreichbar {pht1}."],
  mailMe: ["Meine E-Mail: {em1}.", "Bitte an {em1} schicken."],
  vm: ["Grüezi, hier ist {p3} von {biz}, eine Nachricht für {g1}.", "Guten Tag, {g3} von {biz}, Nachricht für {t1} {s1}."],
  vmBack: ["Bitte rufen Sie uns zurück unter {ph1}.", "Sie erreichen uns unter {phx1}, Montag bis Freitag."],
  tr: { agent: "Agent", caller: "Kunde", open: ["{biz}, {g3} am Apparat, wie kann ich helfen?"], askNum: ["Unter welcher Nummer erreiche ich Sie?"], give: ["Das ist {ph1}.", "Unter {ph1}."], askName: ["Auf welchen Namen läuft das?"], close: ["Gut, {g1}, ich habe es notiert.", "Perfekt, Sie bekommen eine SMS."] },
  lab: { name: "Name", phone: "Telefon", mobile: "Natel", email: "E-Mail", notes: "Notizen", status: "Status", subject: "Betreff", customer: "Kunde", staff: "Bearbeitet von", date: "Datum", amount: "Betrag", card: "Karte", iban: "IBAN", id: "Ausweis", priority: "Priorität", ref: "Referenz" },
  words: [],
  pay: { card: ["Bezahlt mit Karte {card}.", "Hinterlegte Karte: {card}."], iban: ["Rückerstattung auf IBAN {iban}.", "LSV ab Konto {iban}."], badcard: ["Kundenkarte {badcard} (keine Zahlkarte)."], badiban: ["Die IBAN {badiban} wurde abgelehnt (Prüfziffer falsch)."] },
  low: ["{lg1} hat nochmals angerufen, zurückrufen {ph1}", "mit {lg1} abgemacht: SMS, {lg2} bestätigt", "nachricht an {lg1}, {ph1} nach {time} probieren"],
  status: ["Offen", "In Bearbeitung", "Erledigt", "Wartet auf Kunde"],
  biz: {
    vet: { names: ["Tierklinik Limmattal", "Kleintierpraxis am See", "Animalia Tierversicherung"], domain: "tierklinik-limmattal.ch", lines: ["{pet} muss am {date} zur Auffrischimpfung; Chip {chip} ist erfasst.", "Schadenfall {claim} zur Police {pol} wurde mit {amt} genehmigt.", "{g1} bringt {pet} um {time} zur Zahnsanierung.", "{p2} ist als zweite Halterin in der Police {pol} eingetragen.", "Dr. {s4} hat {pet} untersucht (Chip {chip})."], neg: ["Impferinnerung: Chip {chip}, am {date}.", "Police {pol} wird am {date} erneuert, Prämie {amt}."], subject: ["Impfung {pet}", "Schadenfall {claim}"] },
    car: { names: ["Alpen Autovermietung", "Mietauto Zentrum", "Pannenhilfe 24"], domain: "alpenmiete.ch", lines: ["{p1} hat {plate} um {time} abgeholt, Vertrag {agr}.", "Panne bei {plate} (FIN {vin}); Abschleppdienst um {time}.", "Kaution {amt} auf Vertrag {agr} bis {date} blockiert.", "{g1} hat {p2} als Zweitfahrer im Vertrag {agr} eingetragen."], neg: ["Vertrag {agr}: {plate} am {date} zurück, Tankgebühr {amt}.", "FIN {vin}: Service am {date}."], subject: ["Vertrag {agr}", "Panne {plate}"] },
    util: { names: ["Werke am Zürichsee", "Energie Wasser Aare", "Gemeindewerke Oberland"], domain: "werke-see.ch", lines: ["{g1} hat am {date} den Zählerstand {read} von Zähler {meter} gemeldet.", "Konto {acct} hat {amt} offen; {p2} ist Mitinhaberin.", "Messpunkt {supply} geht ab {date} an {p1}.", "Geschätzte Rechnung {amt} auf Konto {acct}; {g1} bestreitet Stand {read}."], neg: ["Zähler {meter}: Stand {read} am {date}.", "Konto {acct}: Lastschrift {amt} am {date}."], subject: ["Zählerstand Konto {acct}", "Rechnung {acct}"] },
    uni: { names: ["Zulassungsstelle", "Studentisches Wohnen", "Kanzlei Zulassung"], domain: "zulassung-uni.ch", lines: ["{p1} (Matrikelnr. {sid}) hat das Angebot zur Bewerbung {app} angenommen.", "Zimmer {room} ist ab {date} für {g1} reserviert; Depot {amt}.", "Die Bürgin von {g1}, {p2}, hat am {date} bestätigt.", "Bei Bewerbung {app} fehlt das Maturzeugnis; {g1} sagt, es sei am {date} verschickt worden."], neg: ["Bewerbung {app} vollständig am {date}.", "Zimmer {room} bereit am {date}; Miete {amt}."], subject: ["Bewerbung {app}", "Zimmer {room}"] },
  },
}
