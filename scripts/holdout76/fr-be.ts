// fr-BE texts, written one by one: a lift maintainer in Liège, a heating servicer in Charleroi, a SaaS help desk, a
// forwarder and customs broker in Brussels and an office landlord's tenant desk on avenue Louise.
import { mk } from "./mk.ts"

const fb = mk("fr-BE")

export const FR_BE = [
  fb("ticket", `Ascenseurs Ourthe-Amblève · Intervention {{neg:ticket-number|AMO-26-04418}}
Site : Résidence-services Les Tilleuls, {{neg:postcode|4000}} Liège — ascenseur n°2 à l'arrêt
Appel reçu le {{neg:date|02/12/2026}} à {{neg:time|8h12}} de la gestionnaire {{PERSON|Véronique Lambotte}}, {{PHONE|04 221 63 09}}
Technicien joignable au {{PHONE|0473 28 19 66}}. Contacteur de porte remplacé, appareil remis en service à {{neg:time|10h40}}.
Suivi : devis {{neg:reference|DV-8812}} pour la modernisation des boutons palières.`),
  fb("email", `De : {{PERSON|Nathalie Vandermeulen}} <{{EMAIL|n.vandermeulen@example.org}}>
À : {{EMAIL|support@dossio.example.com}}
Objet : Ajout d'adresses IP — société Brasserie du Hainaut

Bonjour,
Pourriez-vous autoriser {{IP_ADDRESS|203.0.113.112}} et la plage IPv6 {{IP_ADDRESS|2001:db8:be::20}} pour notre compte {{neg:account-number|DSS-BE-2281}} ?
Nous utilisons la version {{neg:version|4.2.7}} du connecteur.

Bien à vous,
{{PERSON|Nathalie Vandermeulen}}
{{PHONE|+32 478 55 21 40}}`),
  fb("chat", `#dépannages · Chauffage Val de Haine
[07:15] Dispatching: chaudière en panne à l'athénée de Marcinelle, code 5P
[07:16] Technicien 3: le concierge {{PERSON|Jean-Luc Collignon}} ouvre à 7h30, son GSM {{PHONE|0486 33 71 52}}
[07:18] Dispatching: ok j'y vais. bon de commande {{neg:order-number|CSS-BC-7719}} pour le circulateur
[07:19] Technicien 3: 👍 la facture précédente de {{neg:amount|612,30 €}} n'est toujours pas payée, signale-le`),
  fb("form", `Fiche sous-traitant — Ascenseurs Ourthe-Amblève
Raison sociale : Elevatech SRL
Gérant : {{PERSON|Mamadou Sow}}
N° TVA : {{neg:tax-id|BE 0712.448.391}}
Téléphone : {{PHONE|010 45 29 63}}
Courriel : {{EMAIL|contact@elevatech.example.org}}
IBAN : {{IBAN|BE11 3630 0045 6748}}
Code postal : {{neg:postcode|1348}}`),
  fb("ticket", `Brabant Freight & Douane · Import {{neg:booking-ref|BFD-IMP-77031}}
Conteneur {{neg:tracking-number|MEDU 904417 8}} débarqué à Anvers le {{neg:date|28 novembre}}
Destinataire : Chocolaterie Mosane, contact {{PERSON|Delphine Renard}}, {{PHONE|+32 472 18 93 07}}
Code NC {{neg:reference|1806.32.90}}, droits et TVA {{neg:amount|€ 3.918,40}}
Planning chauffeurs : {{PHONE|+32 2 218 40 53}}, livraison {{neg:date|4 décembre}} {{neg:time|9h30}}.`),
  fb("email", `De : {{EMAIL|comptabilite@immo-louise.example.org}}
À : {{PERSON|Christophe Masson}}
Objet : Décompte des charges communes 2025

Monsieur {{PERSON|Masson}},
Le décompte fait apparaître un solde en votre faveur de {{neg:amount|1.240,00 €}}. Le compte communiqué, {{neg:iban-checksum|BE20 3101 7754 2018}}, est refusé par notre banque ; merci de confirmer {{IBAN|BE50 3101 7754 2018}}.
Pour toute question : {{PERSON|Sophie Deprez}}, {{PHONE|02 647 31 18}}.`),
  fb("ticket", `Dossio Support · Ticket {{neg:ticket-number|DSS-40219}} · Connexion SSO impossible
Demandeur : {{PERSON|Laurent Goossens}}
> 2026-12-01 09:44:03 ERROR sso.saml user="{{PERSON|Fatou Ndiaye}}" src={{IP_ADDRESS|10.8.3.19}} reason=ClockSkew
Réponse du support ({{PHONE|02 511 38 74}}) : l'horloge de votre serveur ADFS avance de 7 minutes. Merci de resynchroniser NTP.
Statut : résolu le {{neg:date|2 décembre}}.`),
  fb("chat", `Teams · Accueil Immo Louise
[11:20] Accueil: le locataire du 5e demande 3 badges pour des consultants
[11:21] Gestion technique: noms ?
[11:22] Accueil: {{PERSON|Pierre-Yves Lemaire}}, {{PERSON|Ines Carvalho}}, {{PERSON|Rania Haddad}}
[11:23] Gestion technique: badges {{neg:serial-number|IL-3305}} à {{neg:serial-number|IL-3307}} prêts, caution {{neg:amount|25 €}} chacun`),
  fb("form", `num_intervention;client;adresse;contact;gsm;appareil;date
{{neg:ticket-number|CSS-55802}};Clinique vétérinaire du Parc;rue de Montigny 12, {{neg:postcode|6000}} Charleroi;{{PERSON|Gaëlle Pirard}};{{PHONE|0475 61 28 34}};Vaillant ecoTEC (n° {{neg:serial-number|21184400}});{{neg:date|07/12/2026}}`),
  fb("email", `De : {{PERSON|Thibault de Brouckère}} <{{EMAIL|t.debrouckere@example.com}}>
À : {{EMAIL|douane@brabant-freight.example.org}}
Cc : {{PERSON|Salma Idrissi}}
Objet : TR: Paiement des droits — LTA {{neg:tracking-number|074-55182093}}

Vous pouvez débiter la carte de la société {{CARD|6500 3184 7726 1943}} pour les droits ({{neg:amount|€ 845,00}}).
----- Message transféré -----
De : {{PERSON|Salma Idrissi}}
> Le transitaire demande un moyen de paiement avant {{neg:time|16h}}.`),
  fb("ticket", `Ascenseurs Ourthe-Amblève · Commande de pièces {{neg:order-number|CMD-2026-3318}}
Pour : Tour Sainte-Marie, Namur
Demandé par le dépôt de Namur ({{PHONE|04 342 87 10}}) · Fournisseur : contact {{PERSON|Giulia Romano}} {{PHONE|+32 2 513 48 90}}
Acompte de {{neg:amount|€ 1.980}} payé par carte {{CARD|5186 2743 0096 1154}} (numéro transmis par téléphone)
Remarque : la première saisie {{neg:luhn-invalid|5341 2887 0035 6174}} avait été refusée.`),
  fb("chat", `Slack #dossio-facturation
[15:02] Facturation: client luxembourgeois veut être remboursé sur {{IBAN|LU28 0019 4006 4475 0000}}
[15:03] Comptabilité: facture ? montant ?
[15:03] Facturation: {{neg:invoice-number|F-2026-09917}}, {{neg:amount|€ 388,15}}
[15:05] Comptabilité: ok, je passe le remboursement demain, la {{neg:name-word|rose}} du logo sur le PDF est toujours cassée au passage`),
  fb("form", `Registre des visiteurs — Immo Louise, avenue Louise
Visiteur : {{PERSON|Baptiste Fontaine}}
Société : Frigotech Services
Locataire visité : Cabinet Hermans
GSM : {{PHONE|0496 40 82 15}}
Arrivée : {{neg:time|14h05}} · Badge visiteur {{neg:serial-number|V-118}}`),
  fb("email", `De : {{PERSON|Jacqueline Rousseau}} <{{EMAIL|j.rousseau@example.com}}>
À : {{EMAIL|service@chauffage-haine.example.org}}
Objet : Contrat d'entretien — virement

Bonjour,
Nous réglerons la facture {{neg:invoice-number|CSS-F-4417}} depuis notre compte français. Votre technicien {{PERSON|Sébastien Maes}} est passé le {{neg:date|26 novembre}}, rien à redire.
Contact sur place : {{PERSON|Marius Ionescu}}, {{PHONE|09 225 84 16}}.
Cordialement, {{PERSON|J. Rousseau}}`),
  fb("ticket", `Brabant Freight & Douane · Export aérien · LTA {{neg:tracking-number|020-61338470}}
Expéditeur : Verrerie de Seraing, contact {{PERSON|Anne-Sophie Gilson}}, {{EMAIL|as.gilson@example.org}}
Destinataire : Montréal Design Inc., attn {{PERSON|Kenji Watanabe}}
Nomenclature {{neg:reference|7013.49.10}} · 3 colis · 88 kg
Le commis du destinataire {{PERSON|Oumar Traoré}} demande un appel au {{PHONE|016 23 84 97}}.`),
]
