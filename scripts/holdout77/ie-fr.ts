// Texts of Ireland (English) and France, written one by one: quoted marketplace threads, agents' case notes, report
// forms and moderation log lines, and quoted reviews of a trust-and-safety and support desk.
import { mk } from "./mk.ts"

const ie = mk("en-IE")
const fr = mk("fr-FR")

export const EN_IE = [
  ie("thread", `Quoted thread, dispute {{neg:case-number|IE-DSP-20931}} — listing {{neg:listing-id|DN-448120}} (bike, Rathmines)
buyer ciaran.mc: is it gone? can collect after work
seller {{PERSON|Siobhán Ní Bhriain}}: still here! ring me on {{PHONE|087 219 4408}}, I'm in {{neg:postcode|D06 F2X4}}
buyer ciaran.mc: grand, {{neg:amount|€150}} cash ok?`),
  ie("case", `Holiday-let dispute, booking {{neg:booking-ref|KRY-20558}}, Dingle cottage. Guest {{PERSON|Padraig Mulcahy}} says the heating was broken {{neg:date|21 November}} to {{neg:date|23 November}}. Host {{PERSON|Ewa Kowalczyk}} sent a plumber invoice, {{neg:reference|INV 4471}}. Partial refund {{neg:amount|€210}} to IBAN {{IBAN|IE12 BOFI 9058 3812 3456 71}}.`),
  ie("report", `report_type=fake_payment_link reporter=@aoife_sells_vintage
text="buyer sent a 'courier payment' link and asked for my card, typed {{neg:luhn-invalid|5453 0112 8893 0273}} then the real one {{CARD|5453 0112 8893 0272}}, then realised"
buyer_display="{{PERSON|Declan Fitz}}" action=buyer_banned app={{neg:version|8.2.0}}`),
  ie("review", `Host's public reply, quoted in case {{neg:case-number|C-2026-118}}: "Hi {{PERSON|Rory}}, sorry you found the stairs steep. My neighbour Mrs {{PERSON|Brennan}} did mention you were locked out at {{neg:time|1:30 am}}, which is why she rang {{PHONE|086 331 7725}} for us."`),
  ie("case", `Payout issue: seller {{PERSON|Oisín Gallagher}} changed IBAN to {{neg:iban-checksum|IE13 BOFI 9058 3812 3456 71}} which fails validation; confirmed by phone the right one is {{IBAN|IE46 AIBK 9320 8847 2615 30}}. Payout {{neg:reference|PO-IE-55810}} to seller on {{PHONE|085 774 0316}} released {{neg:date|04/12/2026}}.`),
  ie("thread", `Quoted messages, order {{neg:order-number|IE-90214-C}}:
seller hope_and_anchor_crafts: sorry for delay, An Post tracking is {{neg:tracking-number|CP129884013IE}}
buyer {{PERSON|Nkechi Farrell}}: no movement in a week 🙄
seller: I live in {{neg:name-word|hope}} it turns up, otherwise email me {{EMAIL|anchorcrafts.sinead@example.ie}}`),
  ie("report", `mod_log action=remove_listing reason=off_platform listing={{neg:listing-id|CK-33091}} text="pay by revolut, text {{PHONE|oh eight five, one four six, double two nine oh}}" user=corkdeals99 reviewer=mod_ie_3`),
  ie("case", `ID check: seller uploaded UK payslip, name {{PERSON|Aidan Moloney}}, national insurance no. {{UK_NINO|PR 30 61 55 A}}; Irish PPS not shown. Login from {{IP_ADDRESS|10.0.8.77}}. Verified, limit raised.`),
  ie("review", `★★★★☆ "Lovely flat near Galway docks, {{PERSON|Magdalena}} left scones! Only downside was the bin collection at {{neg:time|6:45}}." — guest review quoted in host's complaint about rating.`),
  ie("thread", `Dispute {{neg:case-number|IE-DSP-21007}}, quoted:
buyer {{PERSON|Grainne Walsh}}: the dress is a size 8 not 12
seller "Wren & Willow": our packer picked it from the right shelf
buyer: then call me, {{PHONE|+353 1 872 4419}}, I'm at work till {{neg:time|17:30}}`),
  ie("case", `ATO: member {{PERSON|Fionnuala Keane}}, password reset from {{IP_ADDRESS|2001:db8:77::a2}}, e-mail swapped to {{EMAIL|fk.helpdesk@example.com}}. Card {{neg:masked-card|•••• 1202}} removed. Restored, full card {{CARD|4111 8029 3576 1202}} re-added by her on a call.`),
  ie("report", `Report form: "Seller asked me to send a deposit to a UK account {{IBAN|GB38 MIDL 4005 1581 2345 67}} before viewing" — reporter {{EMAIL|m.oconnell@example.net}}, callback {{PHONE|+353 21 427 6609}}, my NI number for the UK account check is {{UK_NINO|WL 64 20 37 A}}, listing {{neg:listing-id|WX-10022}}`),
  ie("thread", `Host/guest thread, booking {{neg:booking-ref|BRK-4Q9M}}
guest: what's the wifi? and is {{neg:name-word|Frank}}'s pub still open?
host: honestly not sure, closed Mondays. Wifi is on the fridge, or ring {{PHONE|083 912 5530}}
guest: thanks! check-in {{neg:date|Fri 11 Dec}}`),
  ie("case", `Refund decision: buyer {{PERSON|Yusuf Aydın}} paid {{neg:amount|€89.50}} for a kettle, arrived cracked. Seller {{PERSON|Bronagh Quinn}} refused. Refund approved from platform funds, buyer reachable on {{PHONE|089 406 1183}}.`),
  ie("review", `Reply from seller quoted in complaint: "The buyer {{PERSON|Stephen Kavanagh}} collected it himself from {{neg:postcode|A94 X7K2}} and tested it, as my husband can confirm, {{PHONE|091 563 208}}."`),
]

export const FR_FR = [
  fr("thread", `Litige {{neg:case-number|LIT-2026-44812}}, fil cité — annonce {{neg:listing-id|ANN-7720391}} (canapé, Lyon 3e)
acheteuse lea_lyon69 : il est toujours dispo ?
vendeur {{PERSON|Rachid Benali}} : oui, appelez-moi plutôt au {{PHONE|06 71 23 48 90}}, je réponds pas ici
acheteuse lea_lyon69 : je préfère passer par le site`),
  fr("report", `signalement type=paiement_hors_plateforme auteur=@mamie_brocante annonce={{neg:listing-id|A-55310-BX}}
texte="il m'a écrit {{PHONE|zéro six, quarante-deux, dix-huit, soixante-treize, zéro neuf}} en toutes lettres pour passer le filtre"
action=annonce_supprimée modérateur=mod_fr_22`),
  fr("case", `Note d'agent : compte de {{PERSON|Hélène Marchetti}} piraté, connexion depuis {{IP_ADDRESS|198.51.100.17}} le {{neg:date|3 décembre}} à {{neg:time|04h12}}. Adresse de récupération remplacée par {{EMAIL|helene.support.secu@example.fr}}. Remboursement de {{neg:amount|149 €}} sur l'IBAN {{IBAN|FR14 2004 1010 0505 0001 3M02 606}}.`),
  fr("review", `Avis cité dans la réclamation {{neg:case-number|RC-88013}} : « Appartement sale, l'hôte {{PERSON|Jean-Baptiste}} injoignable. La voisine, Mme {{PERSON|Ferrand}}, nous a ouvert. » Réponse de l'hôte : « La femme de ménage, {{PERSON|Rosa Lima}}, était passée à {{neg:time|11h}}. »`),
  fr("case", `Virement vendeur : {{PERSON|Théo Vasseur}} a saisi l'IBAN {{neg:iban-checksum|FR77 3000 6000 0112 3456 7890 189}}, rejeté. Le bon : {{IBAN|FR76 3000 6000 0112 3456 7890 189}}. Paiement {{neg:reference|VIR-20261204-77}} de {{neg:amount|312,40 €}} relancé.`),
  fr("thread", `Fil hôte/voyageur, réservation {{neg:booking-ref|GTE-558-TR}} (gîte, Ardèche)
voyageur {{PERSON|Guillaume Roux}} : on arrive vers {{neg:time|21h30}}, c'est possible ?
hôte {{PERSON|Brigitte Laporte}} : oui, mon fils {{PERSON|Mathis}} vous attendra, {{PHONE|07 68 12 40 35}}
voyageur : merci ! 😊`),
  fr("report", `journal_modération action=suppression motif=coordonnées_dans_annonce annonce={{neg:listing-id|PX-9031}} texte="contactez {{EMAIL|bonplan.vintage@example.com}} ou le {{PHONE|+33 6 58 01 77 42}}" version={{neg:version|5.4.1}}`),
  fr("case", `Vérification d'identité : pièce au nom de {{PERSON|Amadou Diallo}}, né le {{neg:date|12/07/1988}}, domicile {{neg:postcode|93200}} Saint-Denis. Carte ajoutée {{CARD|5314 7702 6619 8348}}, premier essai {{neg:luhn-invalid|5314 7702 6619 8349}} refusé. Téléphone vérifié {{PHONE|04 78 62 15 93}}.`),
  fr("report", `Signalement n° {{neg:case-number|SG-618204}} — billetterie entre particuliers
Motif : faux billets pour le concert du {{neg:date|19 décembre}} à l'Accor Arena
Vendeur affiché : « concertfan_75 », virement demandé sur {{neg:iban-checksum|FR15 2004 1010 0505 0001 3M02 606}} (rejeté par notre contrôle), puis par SMS au {{PHONE|06 33 18 72 45}}
Montant : {{neg:amount|190 €}}
Déclarante : {{PERSON|Élodie Marchal}}, {{EMAIL|elodie.marchal@example.fr}}`),
  fr("review", `★☆☆☆☆ « Vendeur malhonnête, écran rayé. » — avis de {{PERSON|Yannick Le Goff}}, cité. Réponse du vendeur : « Photo prise le {{neg:date|28 novembre}}, l'écran était neuf. Le {{neg:name-word|blanc}} est d'origine. »`),
  fr("report", `alerte_prise_de_compte utilisateur=nadia_k ip_nouvelle={{IP_ADDRESS|2001:db8:f00d::3}} ip_habituelle={{IP_ADDRESS|192.168.1.24}} tel_modifié={{PHONE|01 44 27 80 19}} signalé_par=nadia_k`),
  fr("case", `Décision : remboursement de {{neg:amount|58 €}} à {{PERSON|Margaux Petit}}, carte {{neg:masked-card|**** 6106}}. Le vendeur (joignable au {{PHONE|06 19 84 27 50}}) gardera un avertissement. Carte complète confirmée {{CARD|4406 1298 7345 6106}}.`),
  fr("thread", `Annonce {{neg:listing-id|ANI-30417}} supprimée (chiots bouledogue), messages cités :
vendeur « Elevage du Bonheur » : les chiots partent par transporteur, {{neg:amount|350 €}} d'acompte sur {{IBAN|BE68 5390 0754 7034}} avant le départ
acheteuse {{PERSON|Soraya Haddou}} : je peux venir les voir à Tours ?
vendeur : impossible, je suis à Douala, appelez mon transporteur {{PHONE|+237 6 71 84 22 09}}`),
  fr("case", `Litige location : locataire précédent {{PERSON|Vincent Garnier}} a laissé des dégâts le {{neg:date|15 novembre}}. Nouvelle voyageuse {{PERSON|Aïcha Traoré}} joignable au {{PHONE|zéro sept, cinquante-deux, trente et un, quatre-vingt-six, quatorze}}. Compte luxembourgeois de l'hôte {{IBAN|LU12 0010 0012 3456 7891}}.`),
  fr("review", `Réponse publique de l'hôtesse : « Merci {{PERSON|Benoît}} ! Le code postal est bien {{neg:postcode|13007}}, pas 13005. » — citée dans le ticket {{neg:ticket-number|TK-40918}}, rappel demandé au {{PHONE|05 61 33 90 42}}.`),
]
