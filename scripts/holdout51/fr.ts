// French (France): chat, note d'agent, demande de rappel, e-mail avec citation, synthèse d'appel, transcription.
import type { Pack } from "./pack.ts"

export const FR: Pack = {
  lang: "fr",
  titles: { f: ["Mme", "Madame"], m: ["M.", "Monsieur"] },
  phrases: {
    paycard: ["carte {card}, exp. {expiry}", "CB {card} ({expiry})"],
    payiban: ["IBAN {iban}", "remboursement sur l'IBAN {iban}", "mon RIB : IBAN {iban}"],
    badcard: ["la carte {luhnbad} a été refusée", "paiement refusé avec la carte {luhnbad}"],
    badiban: ["l'IBAN {ibanbad} est invalide selon la banque", "IBAN {ibanbad} rejeté (erreur de saisie ?)"],
    hi: ["Bonjour", "Bonsoir", "Coucou", "Salut"],
    bye: ["Cordialement", "Bien à vous", "Merci d'avance", "Bonne journée"],
    um: ["euh", "ben", "bah"],
    sayok: ["d'accord", "ok", "très bien", "oui"],
    nw: ["Le rideau [[name-word:rose]] pâle est toujours disponible.", "Un peu de [[name-word:patience]] encore, merci.", "La housse existe aussi en [[name-word:rose]] poudré.", "Merci de votre [[name-word:patience]].", "Avec [[name-word:prudence]], comptez {dur} de délai."],
  },
  biz: {
    sleep: {
      longline: ["Contrat de financement {long}"],
      item: ["matelas", "sommier", "surmatelas"],
      issue: ["mon matelas devait être livré le {date} et personne n'est venu, commande {ref}", "le surmatelas de la commande {ref} est arrivé avec la housse déchirée", "je voudrais renvoyer le matelas pendant l'essai de 100 nuits, commande {ref}", "vous avez prélevé {amount} deux fois pour la commande {ref}", "mon contrat de financement {long} affiche un mauvais solde"],
      nissue: ["livraison {ref} du {date} manquée", "retour essai 100 nuits, {ref}, enlèvement à planifier", "housse abîmée, réf. {n.mattress-sku}", "double prélèvement {amount} sur {ref}", "financement {long} : solde erroné"],
      sissue: ["le matelas n'est jamais arrivé il devait venir le {dsaid}", "je veux rendre le matelas il est trop ferme", "la housse est déchirée"],
      fix: ["livraison replanifiée le {date2} entre {time} et {time2}", "retour {n.trial-return} créé, le transporteur vous appellera", "housse de remplacement ({n.mattress-sku}) envoyée, suivi {track}", "le double paiement de {amount} sera remboursé sous {dur}"],
      visit: ["la livraison", "l'enlèvement"],
      ops: ["tournée 3 annulée, livraisons depuis {ts} décalées ; {n.mattress-sku} en rupture jusqu'au {date2}"],
    },
    physio: {
      longline: ["Numéro d'accord mutuelle {long}"],
      item: ["rendez-vous", "bilan", "massage sportif"],
      issue: ["je dois déplacer mon rendez-vous du {date}, réf. {ref}", "on m'a facturé {amount} pour une séance annulée", "ma mutuelle demande le numéro d'accord {long} sur la facture", "mon genou va plus mal depuis la dernière séance", "le lien du programme d'exercices {n.exercise-plan} ne marche pas"],
      nissue: ["déplacer RDV {ref} du {date}", "frais d'annulation {amount} contestés", "accord mutuelle {long} à ajouter sur {n.physio-invoice}", "douleur après séance, rappel kiné", "programme {n.exercise-plan} renvoyé"],
      sissue: ["je dois décaler mon rendez-vous du {dsaid}", "j'ai plus mal à l'épaule qu'avant", "la mutuelle veut un numéro sur la facture"],
      fix: ["RDV déplacé au {date2} à {time} avec {t.first}", "frais d'annulation annulés", "facture {n.physio-invoice} refaite avec le numéro d'accord", "contrôle de {mins} réservé avec {t.full}"],
      visit: ["le rendez-vous", "la séance"],
      ops: ["salle 2 fermée le {date2}, séances déplacées ; programme {n.exercise-plan} mis à jour"],
    },
    windows: {
      longline: ["Certificat de garantie {long}"],
      item: ["porte-fenêtre", "porte d'entrée", "fenêtre PVC"],
      issue: ["les poseurs ont laissé un jour autour de la porte-fenêtre, devis {ref}", "il y a de la buée entre les vitres de la fenêtre de la cuisine", "je dois décaler le métré {n.survey-ref}", "la poignée de la porte d'entrée a cassé, garantie {long}", "mon acompte de {amount} n'apparaît pas sur le devis {ref}"],
      nissue: ["double vitrage embué, garantie {long}", "métré {n.survey-ref} à décaler", "courant d'air après pose, {ref}", "acompte {amount} absent du {ref}", "cote {n.frame-size} erronée"],
      sissue: ["il y a de la buée entre les vitres", "les poseurs ont laissé un trou à côté de la porte", "la poignée de la porte a lâché"],
      fix: ["intervention SAV le {date2} entre {time} et {time2}", "nouveau vitrage {n.frame-size} commandé, délai {dur}", "métré avec {t.first} le {date2}", "acompte de {amount} imputé au devis {ref}"],
      visit: ["le métré", "la pose", "l'intervention SAV"],
      ops: ["retard fournisseur vitrage de {dur}, cotes {n.frame-size} concernées depuis {ts}"],
    },
    dry: {
      longline: ["Carte de fidélité {long}"],
      item: ["costume", "robe de mariée", "couette"],
      issue: ["mon costume est revenu avec la tache, ticket {ref}", "je ne retrouve pas le ticket de ma robe", "il manque un bouton à ma veste, ticket {ref}", "l'ourlet de mon pantalon est trop court de 2 cm", "j'ai besoin de la couette avant le {date}"],
      nissue: ["carte de fidélité {long} non créditée", "tache toujours présente, {ref}", "ticket perdu, article sur portant {n.rack-slot}", "bouton manquant, {ref}", "ourlet trop court, à refaire", "urgence pour le {date}, compte pro {n.corporate-account}"],
      sissue: ["la tache est toujours là", "j'ai perdu le ticket", "il manque un bouton sur la veste"],
      fix: ["nettoyage refait gratuitement, prêt le {date2}", "l'article est sur le portant {n.rack-slot}, prêt à retirer", "{t.first} refait l'ourlet d'ici le {date2}", "avoir de {amount} sur le compte {n.corporate-account}"],
      visit: ["le retrait", "l'essayage"],
      ops: ["presse 2 en panne depuis {ts}, portant {n.rack-slot} plein, retraits reportés au {date2}"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first} : Bonjour, {a.first} de {brand} {emo} Comment puis-je vous aider ?
{clock} Client : bjr, {issue}
{clock} {a.first} : Désolée pour ça ! Pouvez-vous me donner votre nom et votre numéro de téléphone ?
{clock} Client : {c.lc}, {c.phone}
{clock} {a.first} : Merci {c.title}. {^fix}.
{clock} Client : ok merci {emo}`,
      `[{date} {clock}] {c.full} : {hi} {emo} {issue}
[{date} {clock}] {brand} : Bonjour {c.first}, c'est {a.first}. Pouvez-vous m'indiquer votre e-mail et votre code postal ?
[{date} {clock}] {c.full} : {c.email} / {post}
[{date} {clock}] {brand} : Merci ! {^fix}. {nw}`,
      `Chat · {brand} · IP visiteur {ip} · {browser}
{clock} Visiteur : bonjour je peux payer le solde de {ref} ici ? {amount}
{clock} {a.full} : Merci de ne pas écrire vos coordonnées bancaires dans le chat, je vous envoie un lien de paiement.
{clock} Visiteur : trop tard 😅 {pay}
{clock} {a.full} : Pas de souci, c'est masqué. Le lien part à {c.email}.
{clock} Visiteur : merci, c'est {c.first}. si je ne réponds pas : {p.first} au {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init} : appel de {c.full} pour {nissue}. Identité vérifiée (date de naissance {dob}, CP {post}). {^fix}. Rappel au {c.phone}. {nw}`,
      `Dossier {case} | {brand} | {date}
Client : {c.lastcomma}
E-mail : {c.email}
Tél. : {c.phone} / fixe {c.land}
Adresse : {house} rue des Lilas, {post}
Motif : {nissue}
Action : {^fix}
Remboursement sur : {iban}
{longline}
{badpay}
Conseiller : {a.first}`,
      `{ts} compte client bloqué : {c.full} ({c.email}), 5 échecs depuis {ip} puis {ip6}, appli {ver}. Lien de réinitialisation envoyé, valable {mins}. {a.init}`,
    ],
    callback: [
      `DEMANDE DE RAPPEL {date} {time}
Nom : {c.titlefull}
Joignable : {c.phone} (portable) ou {c.land} après {time2}
Objet : {nissue}
Réf. : {ref}
{longline}
Prise par : {a.first}`,
      `rappeler {c.title} au {c.phone} avant {time} — {nissue}. {p.first} peut décrocher. message laissé le {date}. {a.first}`,
      `Rappel pour {t.full} (standard {bizphone}) : {c.full} souhaite être rappelé(e) pour {nissue}. Pas de réponse au {c.phone} à {time}, réessayer le {date}.`,
    ],
    email: [
      `Objet : RE: Commande {ref}

{hi} {a.first},

{issue}. J'attends depuis le {date} et ça commence à faire long.

Pouvez-vous me rappeler au {c.phone} ? Je suis chez moi après {time}.

{bye}
{c.full}

Le {date2}, {a.full} <{a.email}> a écrit :
> Bonjour {c.title},
> Merci pour votre message. {^fix}.
> Bien cordialement,
> {a.first} | {brand} | {bizphone} | {role}`,
      `{c.g:Madame|Monsieur},

Suite à votre appel, voici le point : {fix}.

Votre référence : {ref}. Pour toute question, répondez à ce mail ou appelez le {bizphone}.

{nw}

Cordialement,
{a.full}
Service client {brand}
{a.email}`,
      `De : {c.full} <{c.email}>
À : {role2}
Objet : remboursement {ref}

Bonjour,

{issue}. Merci de rembourser sur :
{pay}

Tél : {c.phone}

{c.first}`,
    ],
    summary: [
      `Synthèse d'appel {date} {time}, durée {mins}
Appelant : {c.full} ({c.phone})
Conseiller : {a.full}
Motif : {nissue}
Résultat : {^fix}
Confirmation envoyée à {c.email} (cc {role}). Dossier {case}.`,
      `Résumé IA ({ver})
• {^c.titlefull} appelle au sujet de {ref}.
• Problème : {nissue}.
• Solution : {^fix}.
• Contact : {c.email}, {c.phone2}`,
      `{^c.titlefull} a appelé le {date} : {issue}. Convenu : {fix}. {^badpay}. Contact : {c.email} ou {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] CONSEILLER : {brandlc} bonjour vous êtes en ligne avec {a.lcfirst} que puis-je faire pour vous
[{off}] APPELANT : oui bonjour {um} c'est {c.lc} {um} {sissue}
[{off}] CONSEILLER : {sayok} à quel numéro je peux vous joindre
[{off}] APPELANT : alors c'est le {c.said}
[{off}] CONSEILLER : merci donc {fix}
[{off}] APPELANT : super merci au revoir`,
      `Messagerie · de {c.phone} · {date} {time} · transcrit
"oui bonjour c'est {c.lcfirst} {um} pour {visit} du {dsaid} {um} vous pouvez me rappeler au {c.said} merci"`,
      `Locuteur 1 : {brandlc} {a.lcfirst} à l'appareil
Locuteur 2 : oui {um} j'appelle pour {c.lc} je suis {p.lcfirst}
Locuteur 1 : {sayok} c'est à quel sujet
Locuteur 2 : {sissue}
Locuteur 1 : {c.lcfirst} peut nous rappeler au {bizphone}
Locuteur 2 : {sayok} sinon rappelez-moi au {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Visiteur : vous livrez à {post} ?
{clock} Conseiller : Oui, en général sous {dur}. La livraison coûte {amount}.
{clock} Visiteur : merci {emo}`],
    note: [`Note d'exploitation {date} : {ops}. {nw}`],
    callback: [`File de rappels {date} : 8 en attente, le plus ancien de {time}. Beaucoup de questions sur les délais ({dur}).`],
    email: [`Objet : Votre dossier {case}

Merci d'avoir contacté {brand}. Nous répondons sous {dur}. Gardez votre référence {ref} à portée de main.`],
    summary: [`Synthèse {date} : l'appelant n'a pas donné son nom, question générale sur les prix ({amount}) et les délais ({dur}). Aucune action.`],
    transcript: [`[{off}] SVI : bienvenue chez {brandlc}
[{off}] APPELANT : {um} horaires d'ouverture
[{off}] SVI : nous sommes ouverts à partir de {time} merci de patienter`],
  },
}
