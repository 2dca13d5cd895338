// fr-BE and fr-CH texts, part 2: written one by one.
import { mk } from "./markup.ts"

const be = mk("fr-BE")
const ch = mk("fr-CH")

export const FR_BE_2 = [
  be("ticket", `Incident {{neg:case-number|INC-77104}} – Portail admissions
Signalé par : {{PERSON|Céline Dumont}} (service inscriptions)
Candidat concerné : {{PERSON|Oumar Sow}}
Erreurs 403 depuis {{IP_ADDRESS|203.0.113.9}} et {{IP_ADDRESS|2001:db8:77:1::c}} ; portail {{neg:version|2.4.0}}
Candidat joignable au {{PHONE|0465 33 81 20}} ou {{EMAIL|oumar.sow@mail.example}}`),
  be("email", `Objet : Pension de survie – dossier {{neg:reference|PS-2026-4418}}

Madame, Monsieur,

Suite au décès de mon époux, {{PERSON|Albert Mathieu}}, le {{neg:date|14 octobre}}, je souhaite introduire une demande de pension de survie. Le versement peut se faire sur {{IBAN|BE69 3101 8337 7778}}... pardon, sur notre compte commun {{IBAN|BE17 0631 2845 5721}}.

Vous pouvez m'appeler au {{PHONE|071 31 44 82}}.

Veuillez agréer mes salutations distinguées,
{{PERSON|Ghislaine Mathieu-Lejeune}}`),
]

export const FR_CH_2 = [
  ch("ticket", `Support StreamAlpes #{{neg:ticket-number|SA-60218}}
Client : {{PERSON|Valentin Perroud}}
Problème : connexions suspectes depuis {{IP_ADDRESS|198.51.100.181}} et {{IP_ADDRESS|2001:db8:41::9}}
Action : mot de passe réinitialisé, lien envoyé à {{EMAIL|v.perroud@romandie.example}}
Rappel au {{PHONE|079 515 40 23}} le {{neg:date|11.12.2026}}`),
  ch("transcript", `[00:00:02] agent : pharmacie du marché bonjour {{PERSON|sylvie}} à l'appareil
[00:00:05] appelante : bonjour c'est {{PERSON|nicole chevalley}} je voulais savoir si le médicament de mon mari est arrivé
[00:00:10] agent : oui madame {{PERSON|chevalley}} il est là on peut vous le livrer
[00:00:13] appelante : oui s'il vous plaît appelez avant au {{PHONE|zéro vingt-quatre, quatre, vingt et un, trente-trois, septante}}`),
]
