### Français (fr). Register: formal ("vous"), as in Microsoft's French product UI.
### Glossary:
###   password = mot de passe
###   security info = informations de sécurité
###   verification code = code de vérification
###   security question = question de sécurité
###   helpdesk = service d'assistance
###   administrator = administrateur
###   sign in / sign out = se connecter / se déconnecter (connexion)
###   reset = réinitialiser (réinitialisation)
###   unlock / locked = déverrouiller / verrouillé
###   account = compte
###   user name = nom d'utilisateur
###   email = e-mail (adresse e-mail)
###   text message = SMS
###   mobile phone / office phone = téléphone mobile / téléphone de bureau
###   directory = annuaire
###   register (security info) = enregistrer
###   self-service = libre-service

## Shared by every page

product-name = Gestion du compte en libre-service
skip-to-content = Aller au contenu principal
loading = Chargement…
language-label = Langue
# Affiché dans le sélecteur de langue : le nom de cette langue, dans cette langue.
language-name = Français
language-apply = Changer de langue
password-show = Afficher le mot de passe
password-hide = Masquer le mot de passe

## Errors

error-user-name-missing = Entrez votre nom d'utilisateur.
error-user-name-invalid = Ceci ne ressemble pas à un nom d'utilisateur. Vérifiez votre saisie et réessayez.
error-password-missing = Entrez votre mot de passe.
error-invalid-credentials = Votre nom d'utilisateur ou votre mot de passe est incorrect. Vérifiez-les et réessayez.
error-account-locked = Votre compte est verrouillé. Pour le déverrouiller, choisissez « Vous ne parvenez pas à accéder à votre compte ? » ci-dessous ou contactez votre service d'assistance.
error-sign-in-paused = Trop de tentatives de connexion ont échoué pour ce nom d'utilisateur. Pour protéger le compte, la connexion est suspendue jusqu'à { $until }. Si vous avez oublié votre mot de passe, vous pouvez le réinitialiser dès maintenant.
error-sign-in-busy-address = Trop de tentatives de connexion ont échoué depuis votre réseau. Patientez une heure, puis réessayez.
error-unavailable = Un problème est survenu de notre côté. Réessayez dans quelques minutes.
error-transport = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.

## Sign-in page

sign-in-title = Connexion
sign-in-heading = Connectez-vous à votre compte
sign-in-user-name = Nom d'utilisateur
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-cant-access = Vous ne parvenez pas à accéder à votre compte ?

## Account page

account-title = Votre compte
account-heading = Votre compte
account-signed-in-as = Session ouverte en tant que
account-sign-out = Se déconnecter
account-signed-out = Aucune session n'est ouverte.
account-go-sign-in = Accéder à la page de connexion

## Password reset

reset-title = Réinitialiser votre mot de passe
reset-heading = Récupérez l'accès à votre compte
reset-back-to-sign-in = Retour à la connexion
reset-intro = Entrez votre nom d'utilisateur : nous vous aiderons à prouver votre identité, puis vous choisirez un nouveau mot de passe.
reset-user-id = Nom d'utilisateur
reset-user-id-hint = Généralement votre adresse e-mail professionnelle, par exemple name@contoso.example.
reset-next = Suivant
captcha-question = Pour prouver que vous êtes une personne : combien font { $a } plus { $b } ?
captcha-hint = Tapez la réponse en chiffres.
captcha-checking = Nous vérifions que vous êtes une personne…
captcha-done = Terminé : votre navigateur a prouvé que vous êtes une personne. Sélectionnez Suivant pour continuer.
reset-start-again = Recommencer
reset-verify-heading = Prouvez que c'est bien vous
reset-gate-of = Vérification { $number } sur { $total }
reset-gate-legend = Comment souhaitez-vous recevoir un code de vérification ?
reset-gate-email = Envoyer un code par e-mail à { $destination }
reset-gate-mobile-sms = Envoyer un code par SMS à mon téléphone mobile { $destination }
reset-gate-mobile-voice = Appeler mon téléphone mobile { $destination }
reset-gate-office-voice = Appeler mon téléphone de bureau { $destination }
reset-gate-questions = Répondre à mes questions de sécurité
reset-code-sent-email = Nous avons envoyé un e-mail contenant un code de vérification à { $destination }.
reset-code-sent-sms = Nous avons envoyé un SMS contenant un code de vérification au { $destination }.
reset-code-sent-voice = Nous appelons le { $destination } pour vous dicter un code de vérification.
reset-code-resend = Envoyer un nouveau code
reset-other-method = Utiliser une autre méthode
reset-questions-heading = Répondez à vos questions de sécurité
reset-password-heading = Choisissez un nouveau mot de passe
reset-password-hint = { $min ->
    [one] Utilisez au moins { $min } caractère.
   *[other] Utilisez au moins { $min } caractères. Une longue phrase facile à retenir est idéale ; évitez votre nom et les mots de passe courants.
}
reset-password-new = Nouveau mot de passe
reset-password-confirm = Confirmer le nouveau mot de passe
reset-password-strength-0 = Robustesse estimée : très faible
reset-password-strength-1 = Robustesse estimée : faible
reset-password-strength-2 = Robustesse estimée : moyenne
reset-password-strength-3 = Robustesse estimée : élevée
reset-password-strength-4 = Robustesse estimée : très élevée
reset-password-strength-note = Une estimation faite par votre navigateur pour vous aider à choisir. Ce sont les règles ci-dessus qui déterminent si le mot de passe est accepté.
reset-password-submit = Réinitialiser le mot de passe
reset-unlock-only-text = Votre compte est verrouillé. Si vous connaissez toujours votre mot de passe, vous pouvez déverrouiller le compte et conserver ce mot de passe.
reset-unlock-only = Déverrouiller uniquement
reset-contact-heading = Contactez votre administrateur
reset-contact-text = Vous ne pouvez pas réinitialiser votre mot de passe ici. Votre administrateur peut vous aider à récupérer l'accès à votre compte.
reset-contact-helpdesk = Contacter le service d'assistance
reset-done-heading = Votre mot de passe a été réinitialisé
reset-done-text = Toutes vos sessions ont été fermées. Connectez-vous avec votre nouveau mot de passe.
reset-unlocked-heading = Votre compte est déverrouillé
reset-unlocked-text = Connectez-vous avec votre mot de passe actuel.
reset-go-sign-in = Accéder à la page de connexion
reset-error-flow-missing = Votre réinitialisation a expiré ou n'a jamais été lancée. Recommencez.
reset-error-step-out-of-order = Cette étape n'est pas disponible pour le moment. Continuez à partir de cette page.
reset-error-user-id-missing = Entrez votre nom d'utilisateur.
reset-error-user-id-invalid = Entrez votre nom d'utilisateur sous la forme d'une adresse e-mail, par exemple name@contoso.example.
reset-error-captcha-failed = Nous n'avons pas pu vérifier que vous êtes une personne. Réessayez.
reset-error-gate-missing = Choisissez comment recevoir un code.
reset-error-code-dead = Trop de codes incorrects. Demandez un nouveau code ou utilisez une autre méthode.
reset-error-answers-wrong = Une ou plusieurs réponses sont incorrectes. Vérifiez-les et réessayez.
reset-error-blocked = Vous avez effectué trop de tentatives. Pour votre sécurité, la réinitialisation en libre-service est suspendue pour ce compte jusqu'à { $until }.
reset-error-busy-address = Trop de tentatives ont été effectuées depuis votre réseau. Patientez une heure, puis réessayez.
reset-error-passwords-differ = Les deux mots de passe ne correspondent pas.
reset-error-password-too-short = { $min ->
    [one] Utilisez au moins { $min } caractère.
   *[other] Utilisez au moins { $min } caractères.
}
reset-error-password-missing = Entrez un nouveau mot de passe.
reset-error-password-common = Ce mot de passe figure sur la liste de ceux que les attaquants essaient en premier. Choisissez-en un autre, par exemple une phrase de quelques mots sans rapport entre eux.
reset-error-password-control = Les mots de passe ne peuvent pas contenir de sauts de ligne, de tabulations ni d'autres caractères de contrôle. Retapez-le sans ces caractères.
reset-error-write-unconfirmed = Nous n'avons pas pu confirmer l'enregistrement de votre nouveau mot de passe. Choisissez-le à nouveau ; ce nouveau choix remplace tout ce qui a pu être enregistré.
reset-writing = Votre modification est en cours d'enregistrement. Rechargez cette page dans un instant.
reset-error-password-too-long = Utilisez au maximum 256 caractères.
reset-error-password-contains-name = N'utilisez pas votre nom d'utilisateur dans votre mot de passe.
reset-error-write-failed = Nous n'avons pas pu enregistrer la modification dans l'annuaire : rien n'a été modifié. Réessayez dans un instant.

## Organisation branding on every page

footer-label = Liens de l'organisation
footer-privacy = Confidentialité
footer-terms = Conditions d'utilisation
footer-helpdesk = Service d'assistance

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio de personnalisation de la marque
studio-heading-layer = Paramètres : { $layer }
studio-back = Retour au studio de personnalisation de la marque
studio-preview-banner = Vous affichez un aperçu de la personnalisation non publiée. Personne d'autre ne la voit tant qu'elle n'est pas publiée.
studio-preview-stop = Arrêter l'aperçu
studio-layer-label = Paramètres pour
studio-layer-open = Ouvrir
studio-layer-default = Par défaut (toutes les langues)
studio-layer-overridden = { $language } (a ses propres paramètres)
studio-inherited = Si vide : { $value }
studio-as-default = Comme dans les paramètres par défaut
studio-as-product = Comme le portail sans personnalisation
studio-show = Afficher
studio-hide = Masquer
studio-save = Enregistrer le brouillon
studio-section-identity = Identité de l'organisation
studio-section-colours = Couleurs
studio-colours-hint = Saisissez les couleurs au format #rrggbb, par exemple #0b5cad. Le texte et les boutons doivent se détacher suffisamment de leur arrière-plan pour être lisibles par tous ; le studio vérifie donc le contraste avant la publication.
studio-section-layout = Disposition
studio-section-sign-in = Page de connexion
studio-section-links = Liens du pied de page
studio-section-css = CSS personnalisé
studio-css-hint = Règles pour les noms de classes répertoriés dans la référence CSS du portail. Les images ne peuvent provenir que des images chargées ici. 25 Ko maximum.
studio-section-images = Logos et images
studio-section-publish = Publication
studio-section-publications = Historique des publications
studio-field-organisation-name = Nom de l'organisation
studio-field-colour-primary = Boutons et liens
studio-field-colour-primary-text = Texte des boutons
studio-field-colour-header = Bandeau d'en-tête
studio-field-colour-header-text = Texte du bandeau d'en-tête
studio-field-colour-text = Texte
studio-field-colour-page = Arrière-plan de la page
studio-field-colour-card = Arrière-plan de la carte
studio-field-colour-focus = Contour du focus clavier
studio-field-layout = Disposition de la page
studio-layout-full-bleed = Image d'arrière-plan remplissant la page
studio-layout-plain = Couleur de page unie
studio-field-show-header = Afficher le bandeau d'en-tête
studio-field-show-footer = Afficher le pied de page
studio-field-sign-in-text = Texte de la page de connexion
studio-field-user-name-hint = Indicateur de nom d'utilisateur
studio-field-cant-access-label = Texte du lien pour les personnes qui ne peuvent pas se connecter
studio-field-show-reset-link = Lien pour les personnes qui ne peuvent pas se connecter
studio-field-privacy-url = Adresse de la déclaration de confidentialité
studio-field-terms-url = Adresse des conditions d'utilisation
studio-field-helpdesk-url = Adresse du service d'assistance (web ou e-mail)
studio-field-custom-css = CSS personnalisé
studio-field-image-banner-logo = Logo de bannière
studio-field-image-square-logo = Logo carré
studio-field-image-square-logo-dark = Logo carré pour arrière-plans sombres
studio-field-image-favicon = Icône du site (favicon)
studio-field-image-background = Image d'arrière-plan
studio-image-limits = { $kinds }, { $kilobytes } Ko et { $width } × { $height } pixels au maximum.
studio-image-upload = Charger : { $slot }
studio-image-remove = Supprimer : { $slot }
studio-image-current = Image actuelle : { $slot }
studio-live-heading = Aperçu en direct
studio-live-caption = Reflète les couleurs et les textes ci-dessus pendant la saisie, avant l'enregistrement.
studio-preview = Afficher un aperçu du brouillon sur les vraies pages
studio-email-preview = Afficher un aperçu d'un e-mail avec le brouillon
studio-publish = Publier
studio-state-never-published = Rien n'a encore été publié : tout le monde voit le portail sans personnalisation.
studio-state-published = La version { $version } est en ligne.
studio-state-unpublished-changes = Le brouillon contient des modifications non publiées.
studio-problems-heading = Corrigez ces points avant la publication
studio-problem-in-layer = { $layer }, { $setting } : { $problem }
studio-problem-contrast = { $layer } : { $pair } ont un contraste de { $ratio } ; il faut au moins { $minimum }.
studio-problem-too-long = utilisez { $max } caractères au maximum.
studio-problem-control-character = supprimez-en les caractères de contrôle (comme les tabulations).
studio-problem-not-a-colour = saisissez la couleur sous la forme # suivi de six chiffres hexadécimaux, par exemple #0b5cad.
studio-problem-link-not-https = les adresses web doivent commencer par https://.
studio-problem-link-invalid = saisissez une adresse web commençant par https:// ou une adresse e-mail.
studio-problem-css = ligne { $line } : { $reason }
studio-css-too-long = la feuille de style dépasse 25 Ko.
studio-css-import = @import n'est pas autorisé ; placez plutôt les règles ici.
studio-css-external-url = url() ne peut pointer que vers une image chargée dans le studio.
studio-css-expression = expression(), behavior et -moz-binding ne sont pas autorisés.
studio-css-at-rule = seules les règles @media, @supports, @layer, @container, @font-face et @keyframes sont autorisées.
studio-css-markup = la séquence </ n'est pas autorisée.
studio-css-unparsable = ce n'est pas du CSS valide (vérifiez s'il manque une accolade, un deux-points ou un guillemet).
studio-pair-text-on-page = le texte et l'arrière-plan de la page
studio-pair-text-on-card = le texte et l'arrière-plan de la carte
studio-pair-button-text-on-primary = le texte des boutons et les boutons
studio-pair-header-text-on-header = le texte de l'en-tête et le bandeau d'en-tête
studio-pair-focus-on-page = le contour du focus et l'arrière-plan de la page
studio-column-version = N° de version
studio-column-when = Date de publication
studio-column-who = Par
studio-column-note = Remarque
studio-column-action = Actions
studio-publication-live = En ligne actuellement
studio-publication-restored = Restaure la version { $version }
studio-roll-back = Republier la version { $version }
studio-done-saved = Le brouillon est enregistré. Affichez-en un aperçu, puis publiez-le quand il est prêt.
studio-done-uploaded = L'image a été ajoutée au brouillon.
studio-done-removed = L'image a été supprimée du brouillon.
studio-done-published = Publication effectuée. Toutes les pages affichent la nouvelle personnalisation en quelques secondes.
studio-done-rolled-back = La version précédente est de nouveau en ligne et constitue désormais aussi le brouillon.
studio-done-preview-stopped = L'aperçu est terminé.
studio-refused-publish = Rien n'a été publié : corrigez d'abord les problèmes indiqués ci-dessous.
studio-refused-no-such-version = Cette version n'existe pas. Rien n'a été modifié.
studio-refused-unavailable = La modification n'a pas pu être enregistrée. Rien n'a été modifié ; réessayez.
studio-refused-empty = Le chargement de « { $slot } » n'a pas eu lieu : aucun fichier n'a été choisi, ou le fichier était vide. Rien n'a été modifié.
studio-refused-too-many-bytes = Le chargement de « { $slot } » n'a pas eu lieu : le fichier dépasse { $kilobytes } Ko. Rien n'a été modifié.
studio-refused-unknown-type = Le chargement de « { $slot } » n'a pas eu lieu : quel que soit son nom, le fichier n'est pas une image PNG, JPEG ou WebP (ni, pour les logos, un dessin SVG). Rien n'a été modifié.
studio-refused-svg-not-allowed = Le chargement de « { $slot } » n'a pas eu lieu : les dessins SVG ne sont acceptés que pour les logos. Utilisez PNG, JPEG ou WebP. Rien n'a été modifié.
studio-refused-too-many-pixels = Le chargement de « { $slot } » n'a pas eu lieu : l'image dépasse { $width } × { $height } pixels. Rien n'a été modifié.
studio-refused-undecodable = Le chargement de « { $slot } » n'a pas eu lieu : l'image est endommagée et n'a pas pu être lue. Rien n'a été modifié.
studio-refused-svg-unparsable = Le chargement de « { $slot } » n'a pas eu lieu : le dessin SVG n'a pas pu être lu. Rien n'a été modifié.
studio-refused-svg-doctype = Le chargement de « { $slot } » n'a pas eu lieu : les dessins SVG comportant un DOCTYPE ou des entités sont refusés. Rien n'a été modifié.
studio-refused-svg-script = Le chargement de « { $slot } » n'a pas eu lieu : le dessin SVG contient un script. Rien n'a été modifié.
studio-refused-svg-foreign-object = Le chargement de « { $slot } » n'a pas eu lieu : le dessin SVG incorpore un autre contenu (foreignObject). Rien n'a été modifié.
studio-refused-svg-event-handler = Le chargement de « { $slot } » n'a pas eu lieu : le dessin SVG contient des gestionnaires d'événements (attributs on…). Rien n'a été modifié.
studio-refused-svg-external-reference = Le chargement de « { $slot } » n'a pas eu lieu : le dessin SVG fait référence à des fichiers ou à des adresses extérieurs. Rien n'a été modifié.
studio-refused-svg-too-complex = Le chargement de « { $slot } » n'a pas eu lieu : le dessin SVG est trop complexe. Simplifiez-le, puis réessayez. Rien n'a été modifié.
studio-refused-svg-marker = Le chargement de « { $slot } » n'a pas eu lieu : les marqueurs SVG ne sont pas pris en charge. Rien n'a été modifié.

## Not found

not-found-title = Page introuvable
not-found-heading = Nous n'avons pas trouvé cette page.

## Demo outbox (demonstration mode only)

outbox-title = Boîte d'envoi de démonstration
outbox-heading = Boîte d'envoi de démonstration
outbox-banner-heading = Mode démonstration
outbox-banner-text = Cette page n'existe qu'en mode démonstration. Les messages ne sont pas réellement envoyés : les e-mails, SMS et appels vocaux sont conservés ici, codes à usage unique compris, pour que vous puissiez essayer le portail. N'exploitez jamais un portail réel en mode démonstration.
outbox-caption = Les { $limit } derniers messages, du plus récent au plus ancien
outbox-empty = Aucun message pour l'instant. Les codes et les notifications envoyés par le portail s'afficheront ici.
outbox-time = Heure
outbox-channel = Canal
outbox-recipient = Destinataire
outbox-subject = Objet
outbox-body = Message
outbox-channel-email = E-mail
outbox-channel-sms = SMS
outbox-channel-voice = Appel vocal

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Dans quelle ville avez-vous rencontré votre premier conjoint ou partenaire ?
question-city-parents-met = Dans quelle ville vos parents se sont-ils rencontrés ?
question-city-nearest-sibling = Dans quelle ville habite votre frère ou sœur le plus proche ?
question-city-father-born = Dans quelle ville votre père est-il né ?
question-city-first-job = Dans quelle ville avez-vous eu votre premier emploi ?
question-city-mother-born = Dans quelle ville votre mère est-elle née ?
question-city-new-year-2000 = Dans quelle ville étiez-vous pour le passage à l'an 2000 ?
question-high-school-teacher-last-name = Quel est le nom de famille de votre professeur préféré au lycée ?
question-college-applied-not-attended = Quel est le nom d'une école ou université où vous avez postulé sans y faire vos études ?
question-first-wedding-reception-place = Où s'est déroulée la réception de votre premier mariage ?
question-father-middle-name = Quel est le deuxième prénom de votre père ?
question-favorite-food = Quel est votre plat préféré ?
question-maternal-grandmother-name = Quels sont le prénom et le nom de votre grand-mère maternelle ?
question-mother-middle-name = Quel est le deuxième prénom de votre mère ?
question-oldest-sibling-birthday = Quels sont le mois et l'année de naissance de l'aîné de vos frères et sœurs ? (par ex. novembre 1985)
question-oldest-sibling-middle-name = Quel est le deuxième prénom de l'aîné de vos frères et sœurs ?
question-paternal-grandfather-name = Quels sont le prénom et le nom de votre grand-père paternel ?
question-youngest-sibling-middle-name = Quel est le deuxième prénom du plus jeune de vos frères et sœurs ?
question-sixth-grade-school = Dans quel collège étiez-vous en sixième ?
question-childhood-best-friend-name = Quels étaient le prénom et le nom de votre meilleur ami ou meilleure amie d'enfance ?
question-first-significant-other-name = Quels étaient le prénom et le nom de votre premier amour ?
question-grade-school-teacher-last-name = Quel était le nom de famille de votre enseignant préféré à l'école primaire ?
question-first-car-make-model = Quels étaient la marque et le modèle de votre première voiture ou moto ?
question-first-school = Quel est le nom de la première école que vous avez fréquentée ?
question-birth-hospital = Quel est le nom de l'hôpital ou de la maternité de votre naissance ?
question-childhood-street = Dans quelle rue se trouvait le premier logement de votre enfance ?
question-childhood-hero = Quel était le nom de votre héros d'enfance ?
question-favorite-stuffed-animal = Quel était le nom de votre peluche préférée ?
question-first-pet = Quel était le nom de votre premier animal de compagnie ?
question-childhood-nickname = Quel était votre surnom quand vous étiez enfant ?
question-high-school-sport = Quel était votre sport préféré au lycée ?
question-first-job = Quel a été votre premier emploi ?
question-childhood-phone-last-digits = Quels étaient les quatre derniers chiffres de votre numéro de téléphone quand vous étiez enfant ?
question-childhood-ambition = Enfant, quel métier rêviez-vous d'exercer plus tard ?
question-most-famous-person-met = Quelle est la personne la plus célèbre que vous ayez jamais rencontrée ?

## Security-info registration

method-email = E-mail
method-mobile-phone = Téléphone mobile
method-office-phone = Téléphone de bureau
method-security-questions = Questions de sécurité
method-questions-count = { $count ->
    [one] Réponse à { $count } question
   *[other] Réponses à { $count } questions
}
source-authentication = provenant de votre enregistrement pour la vérification, non visible dans l'annuaire
source-directory = provenant de votre profil dans l'annuaire
source-administrator = provenant de votre administrateur

prompt-title = Plus d'informations requises
prompt-register-heading = Plus d'informations requises
prompt-register-why = Votre organisation a besoin d'un moyen de confirmer votre identité si vous oubliez votre mot de passe ou si votre compte est verrouillé. Enregistrez dès maintenant vos informations de sécurité pour pouvoir récupérer l'accès par vous-même, sans appeler le service d'assistance.
prompt-register-needed = { $count ->
    [one] Vous avez besoin d'au moins une méthode de vérification.
   *[other] Vous avez besoin d'au moins { $count } méthodes de vérification différentes.
}
prompt-next = Suivant
prompt-skip = Ignorer pour l'instant
prompt-reconfirm-heading = Ces informations sont-elles toujours exactes ?
prompt-reconfirm-why = Vérifiez les informations de sécurité que vous avez enregistrées. Si quelque chose a changé, mettez-les à jour pour pouvoir toujours réinitialiser votre mot de passe.
prompt-looks-good = Tout est correct
prompt-change = Modifier
prompt-nothing = Aucune autre information n'est nécessaire
prompt-go-account = Accéder à votre compte

wizard-title = Enregistrer les informations de sécurité
wizard-start = Recommencer
wizard-step-of = Étape { $number } sur { $total }
wizard-code-label = Code de vérification
wizard-verify = Vérifier
wizard-send-code = Envoyer le code
wizard-skip-step = Ignorer cette méthode
wizard-phone-country = Pays ou région
wizard-phone-number = Numéro de téléphone
wizard-phone-hint = Sans l'indicatif du pays, ou avec l'indicatif commençant par +.
wizard-phone-channel = Comment souhaitez-vous recevoir le code ?
wizard-phone-sms = SMS
wizard-phone-voice = Appel vocal
wizard-phone-texted = Nous avons envoyé un SMS contenant un code au { $number }.
wizard-phone-called = Nous appelons le { $number } pour vous dicter un code.
wizard-phone-resend-heading = Pas de code ? Renvoyez-le ou utilisez un autre numéro
wizard-phone-reset-uses = Aujourd'hui, une réinitialisation du mot de passe utiliserait le { $number }, { $source }.
wizard-phone-reset-none = Vous n'avez encore aucun téléphone utilisable pour réinitialiser votre mot de passe.
wizard-phone-precedence = Un numéro que vous vérifiez ici devient votre téléphone d'authentification, et la réinitialisation l'utilise à la place du téléphone mobile indiqué dans l'annuaire.
wizard-office-phone = Téléphone de bureau : { $number }, défini par votre administrateur. Vous ne pouvez pas le modifier ici.
wizard-email-address = Adresse e-mail
wizard-email-sent = Nous avons envoyé un e-mail contenant un code à { $address }.
wizard-email-resend-heading = Pas d'e-mail ? Renvoyez-le ou utilisez une autre adresse
wizard-email-reset-uses = Aujourd'hui, une réinitialisation du mot de passe utiliserait { $address }, { $source }.
wizard-email-reset-none = Vous n'avez encore aucune adresse e-mail utilisable pour réinitialiser votre mot de passe.
wizard-email-precedence = Une adresse que vous vérifiez ici devient votre adresse e-mail d'authentification, et la réinitialisation l'utilise à la place de l'adresse e-mail secondaire indiquée dans l'annuaire. Utilisez une adresse autre que votre adresse professionnelle.
wizard-questions-intro = { $count ->
    [one] Choisissez une question et répondez-y.
   *[other] Choisissez { $count } questions différentes et répondez à chacune d'elles.
} Les réponses comportent de 3 à 40 caractères ; les majuscules et les espaces superflus ne comptent pas. Personne, pas même les administrateurs, ne peut les lire.
wizard-question-label = Question { $number }
wizard-answer-label = Réponse à la question { $number }
wizard-question-choose = Choisissez une question
wizard-answers-show = Afficher les réponses
wizard-answers-hide = Masquer les réponses
wizard-questions-save = Continuer
wizard-questions-retype = Pour votre sécurité, les réponses ne sont jamais renvoyées à la page : veuillez les saisir de nouveau.
wizard-summary-heading = Vérifier et enregistrer
wizard-summary-skipped = Ignorée
wizard-save = Enregistrer
wizard-cancel = Annuler

registration-error-not-signed-in = Votre session a expiré. Reconnectez-vous.
registration-error-flow-missing = Cet enregistrement a expiré ou est déjà terminé. Recommencez pour continuer.
registration-error-step-out-of-order = Cette étape n'est pas disponible pour le moment. Continuez à partir de l'étape affichée.
registration-error-phone-missing = Entrez votre numéro de téléphone.
registration-error-country-needed = Choisissez un pays, ou écrivez le numéro avec son indicatif international commençant par +.
registration-error-phone-invalid = Ce numéro de téléphone n'est pas valide pour le pays choisi.
registration-error-email-missing = Entrez votre adresse e-mail.
registration-error-email-invalid = Entrez une adresse e-mail du type nom@example.com.
code-error-missing = Entrez le code que nous vous avons envoyé.
code-error-malformed = Le code comporte de 6 à 8 chiffres.
code-error-wrong = { $tries ->
    [one] Ce code est incorrect. Il vous reste { $tries } essai.
   *[other] Ce code est incorrect. Il vous reste { $tries } essais.
}
code-error-dead = Trop de codes incorrects. Demandez un nouveau code.
code-error-expired = Ce code a expiré. Demandez un nouveau code.
code-error-used = Ce code a déjà été utilisé. Demandez un nouveau code.
code-error-none-sent = Aucun code en attente. Demandez un nouveau code.
code-error-too-many = Trop de codes ont été envoyés. Patientez une heure ou choisissez une autre méthode.
code-error-delivery-failed = Nous n'avons pas pu envoyer le code. Réessayez ou choisissez une autre méthode.
registration-error-question-missing = Choisissez une question ici.
registration-error-question-not-offered = Choisissez une question dans la liste.
registration-error-question-twice = Vous avez déjà choisi cette question. Choisissez-en une autre.
error-answer-missing = Entrez une réponse.
registration-error-answer-too-short = Les réponses doivent comporter au moins 3 caractères.
registration-error-answer-too-long = Les réponses doivent comporter au maximum 40 caractères.
registration-error-answer-twice = Vous avez déjà donné cette réponse à une autre question. Donnez-en une autre.
registration-error-steps-pending = Terminez ou ignorez chaque étape avant d'enregistrer.
registration-error-nothing-to-save = Rien n'a été ajouté. Enregistrez au moins une méthode, ou annulez.
registration-error-not-enough-methods = { $needed ->
    [one] Enregistrez au moins une méthode pour pouvoir réinitialiser votre mot de passe.
   *[other] Enregistrez au moins { $needed } méthodes différentes pour pouvoir réinitialiser votre mot de passe.
}

account-security-info = Informations de sécurité : enregistrer, modifier ou supprimer
account-security-info-saved = Vos informations de sécurité ont été enregistrées.

message-code-email-subject = Votre code de vérification
message-code-email-body = Votre code de vérification est { $code }.

    Il est valable { $minutes } minutes. Si vous ne l'avez pas demandé, vous pouvez ignorer cet e-mail : rien ne change sans ce code.
message-code-sms = Votre code de vérification est { $code }. Il est valable { $minutes } minutes.
message-code-voice = Votre code de vérification est : { $code }. Je répète : { $code }.
message-changed-subject = Vos informations de sécurité ont été modifiées
message-changed-body = Les informations de sécurité de votre compte viennent d'être modifiées :
    { $changes }

    Si vous êtes à l'origine de cette modification, vous n'avez rien à faire. Sinon, contactez immédiatement votre service d'assistance.
message-changed-phone = le téléphone d'authentification
message-changed-email = l'adresse e-mail d'authentification
message-changed-questions = les questions de sécurité

country-AR = Argentine
country-AT = Autriche
country-AU = Australie
country-BE = Belgique
country-BR = Brésil
country-CA = Canada
country-CH = Suisse
country-CN = Chine
country-CZ = Tchéquie
country-DE = Allemagne
country-DK = Danemark
country-ES = Espagne
country-FI = Finlande
country-FR = France
country-GB = Royaume-Uni
country-GR = Grèce
country-HR = Croatie
country-HU = Hongrie
country-IE = Irlande
country-IN = Inde
country-IT = Italie
country-JP = Japon
country-LU = Luxembourg
country-MT = Malte
country-MX = Mexique
country-NL = Pays-Bas
country-NO = Norvège
country-NZ = Nouvelle-Zélande
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SE = Suède
country-SI = Slovénie
country-SK = Slovaquie
country-SM = Saint-Marin
country-TR = Turquie
country-UA = Ukraine
country-US = États-Unis
country-VA = Vatican
country-ZA = Afrique du Sud
registration-error-reauth-required = Pour votre sécurité, entrez à nouveau votre mot de passe avant de modifier vos informations de sécurité.
registration-error-method-not-changeable = Cette méthode ne peut pas être modifiée ici.
registration-error-wrong-password = Ce mot de passe est incorrect.
registration-error-too-many-password-tries = Trop de mots de passe incorrects ont été saisis. Patientez quelques minutes, puis réessayez.

security-info-title = Informations de sécurité
security-info-back = Retour à votre compte
security-info-usable = { $usable ->
    [0] Une réinitialisation du mot de passe ne peut utiliser aucune de vos méthodes
    [one] Une réinitialisation du mot de passe peut utiliser une de vos méthodes
   *[other] Une réinitialisation du mot de passe peut utiliser { $usable } de vos méthodes
} ; il en faut { $required ->
    [one] une.
   *[other] { $required } différentes.
}
security-info-not-set = Non configuré
security-info-add = Ajouter
security-info-change = Modifier
security-info-delete = Supprimer
security-info-deleted = La méthode a été supprimée.
security-info-delete-title = Supprimer une méthode
security-info-delete-confirm = Supprimer « { $method } » de vos informations de sécurité ?
security-info-delete-warning = { $required ->
    [one] Vous n'auriez alors plus aucune méthode et ne pourriez plus réinitialiser votre mot de passe par vous-même.
   *[other] Vous auriez alors moins de { $required } méthodes et ne pourriez plus réinitialiser votre mot de passe par vous-même.
}
reauth-title = Confirmez votre identité
reauth-submit = Continuer

## Password reset messages

message-reset-subject = Votre mot de passe a été réinitialisé
message-reset-body = Bonjour,

    Le mot de passe de votre compte vient d'être réinitialisé via le portail de gestion des mots de passe en libre-service, et toutes les sessions ont été fermées.

    Si c'est vous, vous n'avez rien d'autre à faire. Sinon, contactez immédiatement votre administrateur.

    Connexion : { $url }
message-unlocked-subject = Votre compte a été déverrouillé
message-unlocked-body = Bonjour,

    Votre compte vient d'être déverrouillé via le portail de gestion des mots de passe en libre-service. Votre mot de passe n'a pas changé.

    Si ce n'est pas vous, contactez immédiatement votre administrateur.

    Connexion : { $url }
message-admin-reset-subject = L'administrateur { $admin } a réinitialisé son mot de passe
message-admin-reset-body = Bonjour,

    L'administrateur { $admin } vient de réinitialiser son propre mot de passe via le portail de gestion des mots de passe en libre-service.

    Si vous ne vous y attendiez pas, vérifiez auprès de cette personne et consultez le journal d'audit.

    Portail : { $url }

## Email footer and text-message sender

email-footer-sent-by = Ceci est un message automatique envoyé par { $organisation }.
email-footer-privacy = Confidentialité
email-footer-terms = Conditions d'utilisation
email-footer-helpdesk = Service d'assistance
message-from-organisation = { $organisation } : { $text }
