// The French pack (fr-FR).
import type { Pack } from "./pack.ts"

export const FR: Pack = {
  lang: "fr",
  templates: {
    chat: [
      `
Transcription du chat · {biz} · {date}
IP visiteur : {ip} · {browser}
[{clock}] {a.given} ({biz}) : Bonjour, vous êtes en ligne avec {a.given}. Que puis-je faire pour vous ?
[{clock}] {c.given} : bonjour, c'est concernant {what}. {issue}
[{clock}] {a.given} ({biz}) : Je suis désolé(e). Pouvez-vous me donner votre nom et un numéro de rappel ?
[{clock}] {c.given} : {c}, {phone}
[{clock}] {a.given} ({biz}) : Merci {c.title}. Je vois bien votre dossier : {r1}. {fix}
[{clock}] {c.given} : parfait, vous pouvez envoyer la confirmation à {email} ?
[{clock}] {a.given} ({biz}) : C'est fait. Bonne journée !`,
      `
[{clock}] Conseiller : Bienvenue chez {biz}, je m'appelle {a.given}.
[{clock}] Client : Bonjour, je voudrais régler l'acompte de {amount} pour {n1}
[{clock}] Conseiller : Je vous envoie un lien de paiement sécurisé, merci de ne pas écrire votre carte ici.
[{clock}] Client : ah trop tard 😅 {card} exp {exp}
[{clock}] Conseiller : Pas de souci, je l'ai masquée ({masked}). Le lien part au {phone}, c'est bien ça ?
[{clock}] Client : oui
[{clock}] Conseiller : {fix} Pour toute question : {bizline}.`,
      `
[{wadate} {clock}] {c} : Bonjour, c'est bien {biz} ? {issue}
[{wadate} {clock}] {biz} : Bonjour {c.given}, ici {a.given} 👋 Vous avez le numéro sur l'étiquette ({ld}) ?
[{wadate} {clock}] {c} : {nd}
[{wadate} {clock}] {biz} : Merci ! {fix} {k}, de notre équipe, vous rappelle au {phone}.
[{wadate} {clock}] {c} : Un peu de [[name-word:patience]] alors 🙂`,
    ],
    sms: [
      `{biz} : Bonjour {c.given}, votre rendez-vous du {date} entre {time} et {time2} est confirmé. Réf. {n1}. Questions : {bizline}`,
      `Bonjour, {c} ici, merci de me rappeler pour {n1} au {phone} après {time}. Merci !`,
      `{!jewel}Bonjour {c.title}, c'est {k.given} de {biz}. Je suis devant le {house}, pas de place pour me garer. Vous pouvez m'appeler au {kphone} ?`,
    ],
    note: [
      `
Dossier {case} | {biz}
Client : {c.crm}
Né(e) le : {dob} | CP : {post}
Tél. : {phone} / {land}
E-mail : {email}
Réf. : {r1} ; {r2}
Note ({a.initial}, {date}) : {issue} {fix}
Attribué à : {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – appel entrant {c.caps} pour {n1}. {issue} Date de naissance confirmée {dob}. {fix} Rappel demandé au {phone.intl} après {time2}. Transmis à {k.given} (planning).`,
      `
Blocage espace client – {c} ({email})
{ts} échec connexion x5 depuis {ip4}
{ts2} échec connexion depuis {ip6}
Client joint au {phone} : seule la deuxième adresse est la sienne. Réinitialisé par {a.given} ; {k.given} vérifie {ip4}. Appli {ver}.`,
    ],
    callback: [
      `
DEMANDE DE RAPPEL
Nom : {c.tfull}
Numéro : {phone}
Créneau : {date}, après {time}
Objet : {r1} – {issue}
Pris par : {a.given} | pour : {k}
?{^rd}`,
      `Rappel {c.crm} {phone} pour {n1} – souhaite parler à {k.given} uniquement, pas avant {time}. {|Message laissé.|Pas de réponse x2.}`,
      `Merci de rappeler {c.title} au {phone}, sinon {a.given} au {aline} {ext}. Concerne {what}. {fix}`,
    ],
    email: [
      `
Objet : RE: Votre commande {n1}

Bonjour {a.given},

Merci pour votre réponse rapide. {issue} Pouvez-vous m'appeler au {phone} avant {time} ? Je ne suis pas là le {date}.

Cordialement,
{c}
{phone.nat}

Le {date2}, {a} <{amail}> a écrit :
> {c.dear},
> Merci d'avoir contacté {biz}. {fix}
> Bien cordialement,
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Objet : Remboursement {n1}

Madame, Monsieur,

J'ai annulé {what} le {date} et un remboursement de {amount} m'a été promis. Merci de le virer sur :
{refund}
Titulaire : {c}

L'IBAN {ibanbad} de mon premier message était faux, désolé.
Pour toute question : {phone}

Bien à vous,
{c.given}`,
      `
---------- Message transféré ---------
De : {c} <{email}>
Date : {date}, {time}
Objet : Réclamation {n1}
À : {role}
X-Originating-IP: [{ip4}]

{issue} On m'a déjà renvoyé deux fois entre {q.given} et votre bureau.
J'attends un appel au {phone} d'ici le {date2}.
{c}

{k.given}, tu peux t'en occuper ? Merci, {a.given}`,
    ],
    summary: [
      `
Résumé d'appel (généré automatiquement)
• Appelant : {c}
• Conseiller : {a}
• Motif : {issue}
• Résultat : {fix}
• Suite : {k.given} rappelle au {phone} avant le {date}
• Références : {r1}, {r2}{%50|, {rd}}`,
      `
Remboursement – {date}
Client : {c.crm} | {email}
Paiement : carte {masked}, {amount}
Remboursement : {amount2} sur {refund}
Validé par : {k} (responsable d'équipe)
Motif : {issue}
?Remarque : l'IBAN {ibanbad} du formulaire était invalide (clé de contrôle).`,
      `
Appel {case} – {date} {time} – {mins}
Entrant depuis {phone.intl}. Nom épelé : {c.spell}, réf. {r1}.
Carte se terminant par {masked} ; nouvelle carte {luhnbad} refusée, puis {card} acceptée (exp. {exp}).
{fix} Suite : {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] agent : {~biz} bonjour, {a.lgiven} à l'appareil
[00:00:05] appelant : oui bonjour euh c'est {c.lower}, j'appelle pour {~what}
[00:00:11] agent : vous pouvez m'épeler le nom
[00:00:14] appelant : {c.lspell}
[00:00:20] agent : merci, et un numéro pour vous rappeler
[00:00:23] appelant : {phone.said}
[00:00:33] agent : et votre date de naissance
[00:00:35] appelant : {sdob}
[00:00:40] appelant : {~issue}
[00:00:52] agent : d'accord. {~fix}`,
      `
interlocuteur 1 : {~biz}, {a.lgiven} bonjour
interlocuteur 2 : bonjour, j'appelle pour {c.lower}, moi c'est {p.lower}
interlocuteur 1 : {c.lgiven} est à côté de vous ? il me faut son accord
interlocuteur 2 : oui attendez... {c.lgiven} dit oui
interlocuteur 1 : très bien. qu'est-ce qui se passe
interlocuteur 2 : {~issue}
interlocuteur 1 : le meilleur numéro pour vous rappeler
interlocuteur 2 : {phone2.said}`,
      `
agent : {~biz} paiements, {a.lgiven} à l'appareil
appelant : bonjour je voudrais régler {|l'acompte|le solde} pour {n1}
agent : très bien, ça fait {amount}, je vous écoute pour le numéro de carte
appelant : alors c'est {card}
agent : et la date d'expiration
appelant : {exp}
agent : merci, c'est passé. le reçu part à... c'est toujours {email}
appelant : oui c'est ça
agent : parfait, bonne journée {c.lower}`,
    ],
    voicemail: [
      `
Message vocal de {phone.intl} · {date} {time}
« bonjour c'est {c.lower} pour {n1} euh {~issue} rappelez-moi au {phone.said} merci au revoir »`,
      `
Nouveau message vocal (transcrit)
De : {c} <{phone}>
« oui bonjour, message pour {a.lgiven}... c'est encore {c.lgiven}... la facture fait {amount}, ce n'est pas ce qu'on avait dit... je suis joignable au {land.said} ou par mail {email} »`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot : Notre équipe est disponible du lundi au vendredi de {time} à {time2}. Attente actuelle : environ {mins}.
[{clock}] Visiteur : ok merci, je m'arme de [[name-word:patience]]`],
    sms: [`{!jewel}{biz} : nous sommes en route, arrivée vers {time}. Réf. {n1}.`, `{biz} : paiement de {amount} reçu pour {n1}, carte {masked}. Merci !`],
    note: [`Note d'exploitation {date} : camionnette 3 au garage, interventions {n1} et {n3} reportées au {date2}. Pièces {track} attendues avant {time}. Appli {ver} déployée.`],
    callback: [`File de rappels {date} {time} : 9 en attente, la plus ancienne depuis {mins}. Priorité : {r1}, {r2}.`],
    email: [`Merci pour votre message à {biz}. Nos bureaux sont fermés jusqu'au {date}. Merci de rappeler {r1} dans votre réponse.`],
    summary: [`Bilan du jour {date} : 174 appels, durée moyenne {mins}, remboursements {amount}. Dossier {case} escaladé.`],
    transcript: [`svi : bienvenue chez {~biz}. nous sommes joignables de {time} à {time2}. tapez un pour les rendez-vous.`],
    voicemail: [`Message vocal (numéro masqué) · {date} {time}
« ...allô ? ... c'est pour {n1}... je rappellerai plus tard »`],
  },
  biz: {
    stair: {
      what: ["le monte-escalier", "le monte-escalier tournant", "le siège de l'escalier de la cave", "l'élévateur de baignoire"],
      issue: ["L'appli refuse le numéro de série {nd} de la plaque sous le siège.", "Le monte-escalier s'arrête à mi-hauteur et bipe trois fois.", "Le siège ne pivote plus en haut.", "La télécommande de l'étage ne marche plus.", "Il faut prolonger le rail avant le retour de ma mère le {date3}.", "Le voyant batterie clignote alors qu'il a chargé toute la nuit."],
      fix: ["Métré prévu : rail actuel {nspec}, prolongation chiffrée à part.", "Télécommande de remplacement expédiée, suivi {track}.", "Technicien planifié : nettoyage des contacts de charge et test du capteur du repose-pieds.", "Levier de rechange commandé, pose à la prochaine visite.", "Client guidé pour la clé et le reset, le siège repart.", "Métré prévu pour la prolongation, devis à suivre.", "Batteries sous garantie, une nouvelle paire part aujourd'hui."],
      labels: ["commande", "rail", "visite d'entretien", "n° de série"],
    },
    cater: {
      what: ["le buffet pour 80 personnes", "la commande de canapés", "le déjeuner livré au bureau", "le repas du baptême", "le menu du pot de départ"],
      issue: ["Ma banque affiche l'acompte sous {nd} mais votre facture porte un autre numéro.", "Il nous faut 74 couverts au lieu de 60 et deux plats végans.", "Une invitée a une allergie sévère aux fruits à coque, je veux que ce soit écrit sur la commande.", "Les plats chauds sont arrivés tièdes et le plateau de desserts manquait.", "Peut-on déplacer la dégustation à un soir de semaine ?", "L'acompte de {amount} a été débité deux fois sur ma carte."],
      fix: ["Menu {nspec} confirmé avec la cuisine, allergènes indiqués.", "Nombre de couverts mis à jour, cuisine prévenue, nouvelle facture à suivre.", "Allergie notée sur la commande et la fiche événement.", "Remboursement partiel de {small} validé pour les desserts manquants.", "Dégustation déplacée au {date3} à {time3}, chef d'accord.", "Acompte en double annulé, visible sous {dur}."],
      labels: ["réservation", "code menu", "dégustation", "réf. acompte"],
    },
    cool: {
      what: ["la climatisation", "le split de la chambre", "la cassette du bureau", "l'unité extérieure"],
      issue: ["J'ai enregistré la garantie en ligne et reçu {nd}, mais jamais le mail de confirmation.", "L'unité intérieure goutte le long du mur.", "En mode froid elle souffle de l'air chaud et affiche E6.", "L'unité extérieure vibre la nuit et les voisins se plaignent.", "La télécommande affiche le filtre alors qu'on l'a nettoyé.", "Personne n'est venu pour l'entretien le {date3}, j'avais pris ma journée."],
      fix: ["Moteur de ventilateur commandé pour le {nspec}.", "Télécommande de rechange expédiée, suivi {track}.", "Évacuation des condensats débouchée, pompe testée.", "Le technicien contrôle la pression du fluide ; registre F-gaz mis à jour.", "Plots antivibratiles commandés pour l'unité extérieure.", "Alerte filtre réinitialisée à distance.", "Rendez-vous manqué enregistré en réclamation, déplacement de {small} offert."],
      labels: ["contrat d'entretien", "modèle", "registre F-gaz", "n° d'enregistrement garantie"],
    },
    jewel: {
      what: ["la bague de fiançailles", "la broche ancienne", "le bracelet en argent", "la chevalière", "le collier de perles"],
      issue: ["L'assureur m'a donné le numéro de sinistre {nd} et attend votre estimation.", "Une griffe de la bague de fiançailles est desserrée, la pierre bouge.", "La gravure du bracelet porte les mauvaises initiales.", "Je voudrais mettre la bague de la taille 52 à la 55.", "Je voudrais un pendentif en or [[name-word:rose]] gravé avant le {date3}.", "J'ai besoin d'une estimation pour l'assurance après le cambriolage."],
      fix: ["Gravure refaite gratuitement, épreuve {nspec} envoyée pour validation.", "Bijou renvoyé en envoi assuré, suivi {track}.", "Griffes reprises, pierre contrôlée.", "Gravure refaite gratuitement, nouvelle épreuve envoyée pour validation.", "Mise à taille prévue à l'atelier, prête sous {dur}.", "Nouveau fermoir posé et bijou nettoyé.", "Rendez-vous d'estimation fixé, certificat sous {dur}."],
      labels: ["bon de réparation", "épreuve de gravure", "certificat d'estimation", "n° de sinistre"],
    },
  },
  words: { ext: ["poste"], routing: "code banque", account: "compte", branch: "agence" },
}
