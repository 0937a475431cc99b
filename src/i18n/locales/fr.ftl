# Convene UI strings: French (fr). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# French plural categories (CLDR): one (0 and 1), many (exact millions: "1 000 000 de …"), other.

language-name-self = Français
skip-to-content = Aller au contenu
nav-main = Menu principal
nav-languages = Langues
nav-home = Accueil
footer-contact = Contact
# A label before its value (the colon as the language spaces it).
label-colon = { $label } :
footer-organiser = Organisation : { $organiser }
footer-powered = Propulsé par Convene

home-upcoming = À venir
home-past = Éditions précédentes
home-no-events = Aucun événement n’a encore été annoncé.
home-read-more = Détails et horaires

event-organiser = Organisation : { $organiser }
event-when-heading = Date et heure
event-doors-open = Accès à la salle à partir de { $time }
event-starts = Début à { $time }
event-ends = Fin à { $time }
event-in-zone = { $time } { $zone }
event-calendar-gregorian = Calendrier grégorien
event-calendar-hijri = Calendrier hégirien
event-your-time-heading = Dans votre fuseau horaire
event-zone-label = Votre fuseau horaire
event-zone-apply = Afficher mes horaires
event-zone-hint = Les horaires ci-dessous sont indiqués dans ce fuseau horaire : { $zone }.
event-cities-heading = Horaires dans les villes de nos sections
table-city = Ville
table-date = Date
table-doors = Ouverture de la salle
table-start = Début
table-end = Fin
countdown-doors = Ouverture de la salle dans { $duration }.
countdown-open = La salle est ouverte.
countdown-ended = Cette édition est terminée.
duration-days = { $count ->
    [one] { $shown } jour
    [many] { $shown } de jours
   *[other] { $shown } jours
}
duration-hours = { $count ->
    [one] { $shown } heure
    [many] { $shown } d’heures
   *[other] { $shown } heures
}
duration-minutes = { $count ->
    [one] { $shown } minute
    [many] { $shown } de minutes
   *[other] { $shown } minutes
}
event-places-heading = Places
places-limited = { $count ->
    [one] Nombre limité : { $shown } place
    [many] Nombre limité : { $shown } de places
   *[other] Nombre limité : { $shown } places
}
places-left = { $count ->
    [one] { $shown } place restante
    [many] { $shown } de places restantes
   *[other] { $shown } places restantes
}
event-languages-heading = Langues
event-proceedings = Débats en { $language }
event-interpretation = Interprétation en { $languages }
event-captions = Sous-titres en { $languages }
event-eligibility-heading = Qui peut participer
event-trailer-heading = Bande-annonce
event-video-fallback = Votre navigateur ne peut pas lire cette vidéo ici.
event-video-download = Télécharger la vidéo
event-programme-heading = Programme
segment-opening = Ouverture
segment-dialogue = Dialogue { $number }
segment-video = Vidéo { $number }
segment-interactive = Séance interactive
segment-conclusion = Conclusion
segment-length = { $count ->
    [one] { $shown } minute
    [many] { $shown } de minutes
   *[other] { $shown } minutes
}
segment-recording = Enregistrement
segment-speakers-list = { $count ->
    [one] Intervenante
   *[other] Intervenantes
} : { $names }
event-speakers-heading = Intervenantes
event-chapters-heading = Sections participantes
event-hashtags-heading = Suivre et partager
share-x = Partager sur X
share-facebook = Partager sur Facebook
share-telegram = Partager sur Telegram
share-whatsapp = Partager sur WhatsApp
event-about-heading = À propos de la conférence
event-other-languages = Suivez la campagne dans d’autres langues
event-not-translated = Cet événement n’a pas encore de texte en { $language }. Il est affiché en { $fallback }.
event-past-notice = Cette édition a eu lieu le { $date }. Les enregistrements de chaque séquence sont disponibles ci-dessous.
event-recordings-heading = Enregistrements

error-busy-text = Trop de connexions ouvertes en ce moment. Veuillez réessayer dans quelques secondes.
error-not-found-title = Page introuvable
error-not-found-text = Il n’y a aucune page à cette adresse. Le lien comporte peut-être une faute de frappe, ou la page a été déplacée.
error-bad-request-title = Impossible de comprendre cette adresse
error-bad-request-text = Une partie de l’adresse n’est pas valide : { $detail }
error-internal-title = Un problème est survenu de notre côté
error-internal-text = Le problème a été enregistré. Veuillez réessayer dans un instant.
error-unavailable-title = Nous ne pouvons rien enregistrer pour le moment
error-unavailable-text = Rien de ce que vous avez envoyé n’a été enregistré. Veuillez l’envoyer à nouveau dans quelques secondes ; si cela se reproduit, les organisateurs ont été prévenus.
error-back-home = Aller à la page d’accueil

lang-en = anglais
lang-ar = arabe
lang-ur = ourdou
lang-tr = turc
lang-id = indonésien
lang-fr = français


## Registration pages
register-heading = Inscription : { $event }
register-open-until = Les inscriptions sont ouvertes jusqu’au { $closes }.
register-name = Votre nom
register-email = Votre adresse e-mail
register-email-hint = Nous enverrons un lien de confirmation à cette adresse. Seule une inscription confirmée vous garantit une place.
register-country = Votre pays de résidence
register-language = Langue de nos e-mails
register-zone = Votre fuseau horaire (pour les horaires indiqués dans nos e-mails)
register-consent = J’accepte que l’équipe organisatrice conserve mon nom, mon adresse e-mail et mon pays de résidence pour organiser cette conférence, et les supprime ensuite.
register-submit = S’inscrire
register-link = S’inscrire pour réserver une place
registration-opens-notice = Les inscriptions ouvrent le { $date } à { $time }.
registration-open-notice = Les inscriptions sont ouvertes jusqu’au { $date } à { $time }.
registration-closed-notice = Les inscriptions ont fermé le { $date }.
event-live-notice = La conférence a lieu en ce moment. Les personnes inscrites entrent dans la salle avec le lien personnel reçu par e-mail.
register-waitlist-link = Rejoindre la liste d’attente
register-website = Laissez ce champ vide
register-sent-heading = Consultez votre messagerie
register-sent-text = Si cette adresse peut être inscrite, un message contenant un lien de confirmation vient de lui être envoyé. Votre place ne sera réservée qu’une fois ce lien ouvert. Vous n’avez rien reçu ? Vérifiez votre dossier de courrier indésirable, ou renvoyez le formulaire dans dix minutes.
register-error-summary = Veuillez corriger les points suivants :
register-error-email = Saisissez une adresse e-mail, par exemple nom@example.org.
register-error-name = Saisissez votre nom (200 caractères au maximum).
register-error-country = Choisissez votre pays de résidence.
register-error-attestation = Veuillez confirmer ce point pour vous inscrire.
register-error-consent = Veuillez donner votre accord pour que nous puissions conserver votre inscription.
register-error-session = Ce formulaire a expiré. Veuillez le renvoyer.
register-error-rate = Trop de tentatives depuis votre connexion. Veuillez réessayer dans { $minutes } minutes.
confirm-heading = Confirmez votre inscription
confirm-text = Appuyez sur le bouton pour confirmer votre place pour « { $event } ».
confirm-button = Confirmer ma place
confirm-done-confirmed = Votre place est confirmée. Nous vous avons envoyé un e-mail contenant votre lien personnel et un fichier de calendrier.
confirm-done-waitlisted = Toutes les places sont prises. Vous êtes en position { $position } sur la liste d’attente ; nous vous écrirons dès qu’une place se libérera.
confirm-expired = Ce lien de confirmation a expiré. Veuillez vous inscrire à nouveau.
confirm-unknown = Ce lien n’est pas valide. Veuillez utiliser le lien figurant dans notre e-mail le plus récent.
me-heading = Votre inscription
me-status-pending = En attente de votre confirmation.
me-status-confirmed = Votre place est confirmée.
me-status-waitlisted = Vous êtes en position { $position } sur la liste d’attente.
me-status-offered = Une place s’est libérée et vous est réservée jusqu’au { $expires }. Acceptez-la pour la conserver.
me-status-cancelled = Vous avez annulé cette inscription.
me-status-expired = Cette inscription a expiré.
me-accept = Accepter la place
me-cancel = Annuler mon inscription
me-cancel-confirm = Oui, annuler mon inscription
me-calendar = Ajouter à mon agenda (.ics)
me-calendar-heading = Fichier d’agenda
me-calendar-not-yet = Le fichier d’agenda est disponible dès que votre place est confirmée.
me-calendar-gone = Cette inscription n’est plus active : elle n’a plus d’entrée dans l’agenda.
me-calendar-back = Retour à votre inscription
me-data-heading = Les données que nous conservons à votre sujet
me-data-name = Nom
me-data-email = Adresse e-mail
me-data-country = Pays
me-data-language = Langue
me-data-zone = Fuseau horaire
places-full = Toutes les places sont prises ; les nouvelles inscriptions sont placées sur liste d’attente.

## Registration e-mails
mail-greeting = Bonjour { $name },
mail-signature-greeting = Bonjour { $name },
mail-when = { $date } à { $time } ({ $zone })
mail-footer = Vous recevez cet e-mail parce que cette adresse a été utilisée pour une inscription à « { $event } ». Si ce n’était pas vous, ignorez simplement ce message : rien n’est réservé sans confirmation.
register-not-open = Les inscriptions ouvriront le { $opens }.
register-closed = Les inscriptions sont closes.

register-back = Retour à la page de l’événement
confirm-done-heading = Merci
confirm-see-registration = Voir votre inscription
me-language-save = Enregistrer
me-delete = Supprimer mes données
me-delete-text = Cela annule votre inscription et efface votre nom, votre adresse e-mail et votre pays. Votre lien personnel cessera de fonctionner.
me-delete-confirm = Oui, supprimer mes données
me-deleted-heading = Vos données sont supprimées
me-deleted-text = Nous avons annulé votre inscription et effacé votre nom, votre adresse e-mail et votre pays.

## Publications (issue 4)
nav-posts = Publications
nav-search = Recherche
home-latest-posts = Dernières publications
home-all-posts = Toutes les publications
event-latest-posts = Invitations et actualités concernant cet événement
posts-heading = Publications
posts-in-language = en { $language }
posts-page-of = Page { $page } sur { $pages }
posts-all-languages = Toutes les langues
posts-none = Rien n’a encore été publié ici.
posts-kinds = Types de publication
posts-language-filter = Afficher les publications rédigées en
posts-pagination = Pages
posts-newer = Plus récentes
posts-older = Plus anciennes
posts-feed = S’abonner à cette liste (flux Atom)
chapter-intro = Notre section de { $city } ({ $country }) : ses invitations, ses appels et ses actualités.
hashtag-intro = Les publications qui portent ce hashtag. Copiez-le ou partagez-le grâce aux liens ci-dessous.
hashtag-copy = Copier
hashtag-copied = Copié
post-read-in = Lire dans une autre langue
post-missing-heading = Non disponible dans cette langue
post-missing-text = Cette publication n’a pas été publiée en { $language }. Elle est disponible en :
post-about-event = À propos de l’événement :

## Open letters
letter-signature-count = { $count ->
    [zero] Aucune signature pour l’instant
    [one] { $shown } signature
    [many] { $shown } de signatures
   *[other] { $shown } signatures
}
letter-goal = { $count ->
    [one] Notre objectif : { $shown } signature
    [many] Notre objectif : { $shown } de signatures
   *[other] Notre objectif : { $shown } signatures
}
letter-goal-percent = { $percent } % de l’objectif
letter-share-heading = Partager la lettre
letter-sign-heading = Signer cette lettre
letter-sign-button = Signer la lettre
letter-signatories-link = Voir qui a signé
letter-back = Retour à la lettre
letter-sign-title = Signer : { $letter }
letter-email-hint = Nous vous enverrons un lien pour confirmer votre signature. Votre adresse n’est jamais affichée.
letter-organisation = Organisation (facultatif)
letter-show-name = Afficher mon nom dans la liste publique des signataires
letter-consent = J’accepte que mon nom, mon pays et mon adresse e-mail soient conservés pour comptabiliser ma signature et, si je l’ai choisi, la faire figurer dans la liste. Je peux la retirer à tout moment grâce au lien reçu par e-mail.
letter-sign-submit = Signer
letter-error-organisation = Saisissez une organisation de 200 caractères au maximum, ou laissez ce champ vide.
letter-error-consent = Veuillez accepter la façon dont votre signature est conservée ; sans cet accord, nous ne pouvons pas la comptabiliser.
letter-sent-heading = Consultez votre messagerie
letter-sent-text = Si l’adresse indiquée est correcte, un message contenant un lien de confirmation vient de vous être envoyé. Votre signature sera comptabilisée dès que vous aurez ouvert ce lien.
letter-signatories-title = Signataires : { $letter }
letter-signatories-note = Seules les personnes qui ont choisi d’afficher leur nom figurent dans la liste ; toutes les signatures sont comptabilisées.
letter-signatories-none = Personne n’a encore choisi de figurer dans la liste.
letter-confirm-heading = Confirmez votre signature
letter-confirm-text = Appuyez sur le bouton pour confirmer votre signature. Elle sera comptabilisée dès ce moment.
letter-confirm-button = Confirmer ma signature
letter-confirm-unknown = Ce lien n’est pas valide ou a expiré. Signez à nouveau la lettre pour en recevoir un nouveau.
letter-confirmed-text = Merci : votre signature est comptabilisée. L’e-mail que vous avez reçu contient un lien pour la retirer si vous le souhaitez un jour.
letter-withdraw-heading = Retirer votre signature
letter-withdraw-text = Voici les données que nous conservons à votre sujet : { $held }. Le retrait les supprime toutes, et votre signature n’est plus comptabilisée.
letter-withdraw-button = Retirer ma signature
letter-withdraw-unknown = Ce lien n’est pas valide, ou la signature a déjà été retirée.
letter-withdrawn-text = Votre signature est retirée et vos données sont supprimées.
mail-signature-footer = Vous recevez ce message parce que cette adresse a été utilisée pour signer une lettre ouverte sur le site « { $site } ».

## Search
search-heading = Recherche
search-label = Rechercher dans les publications et les événements, dans toutes les langues
search-submit = Rechercher
search-results = { $count ->
    [zero] Aucun résultat.
    [one] { $shown } résultat
    [many] { $shown } de résultats
   *[other] { $shown } résultats
}
search-no-words = Saisissez un mot à rechercher.
search-busy = Trop de recherches depuis votre réseau. Veuillez réessayer dans { $seconds } secondes.
search-kind-event = Événement
posts-count = { $count ->
    [zero] Aucune publication
    [one] { $shown } publication
   *[other] { $shown } publications
}

## The organisers' area (issue 5)
error-forbidden-title = Accès non autorisé
admin-area-name = Espace organisation
admin-nav-dashboard = Vue d’ensemble
admin-nav-registrations = Inscriptions
admin-nav-posts = Publications
admin-nav-signatures = Signatures
admin-nav-users = Personnes
admin-nav-audit = Journal d’audit
admin-nav-account = Mon compte
admin-logout = Se déconnecter
admin-back = Retour à la vue d’ensemble
admin-forbidden-heading = Accès non autorisé
admin-forbidden-text = Votre rôle ne permet pas cette action. Si vous en avez besoin, adressez-vous à une personne propriétaire.
admin-login-heading = Connexion
admin-email = Adresse e-mail
admin-password = Mot de passe
admin-login-submit = Se connecter
admin-login-wrong = L’adresse e-mail ou le mot de passe est incorrect.
admin-login-wait-seconds = Trop de tentatives de connexion. Veuillez patienter { $seconds } secondes, puis réessayer.
admin-login-wait-minutes = Trop de tentatives de connexion. Veuillez patienter { $minutes } minutes, puis réessayer.
admin-login-rate = Trop de tentatives de connexion depuis votre réseau. Veuillez réessayer dans { $minutes } minutes.
admin-code-heading = Connexion en deux étapes
admin-code-intro = Saisissez le code à 6 chiffres affiché par votre application d’authentification, ou l’un de vos codes de récupération.
admin-code = Code
admin-code-hint = Par exemple 123456, ou un code de récupération comme abcde-fghij.
admin-code-wrong = Ce code est incorrect ou a déjà été utilisé.
admin-password-heading = Définissez votre mot de passe
admin-password-intro = Choisissez un mot de passe d’au moins { $min } caractères que vous n’utilisez nulle part ailleurs. Une phrase est facile à retenir et difficile à deviner.
admin-password-new = Nouveau mot de passe
admin-password-again = Le même mot de passe, une seconde fois
admin-password-submit = Définir le mot de passe
admin-password-mismatch = Les deux mots de passe sont différents. Saisissez deux fois le même mot de passe.
admin-password-short = Utilisez au moins { $min } caractères.
admin-password-long = Utilisez 256 caractères au maximum.
admin-password-common = Ce mot de passe figure sur une liste de mots de passe courants. Choisissez-en un autre.
admin-password-done = Votre mot de passe est défini. Vous pouvez maintenant vous connecter.
admin-password-link-invalid = Ce lien n’est pas valide, a déjà été utilisé ou a expiré. Demandez-en un nouveau à une personne propriétaire.
admin-dash-greeting = Bienvenue, { $name }
admin-dash-places = Places attribuées : { $event }
admin-dash-signups-per-day = Inscriptions par jour (UTC) : { $event }
admin-dash-by-country = Places par pays : { $event }
admin-dash-by-language = Places par langue : { $event }
admin-dash-signatures = Signatures par lettre ouverte
admin-dash-as-table = Les mêmes données sous forme de tableau
admin-event = Événement
admin-status = Statut
admin-status-any = Tous les statuts
admin-status-pending = En attente de confirmation
admin-status-confirmed = Confirmée
admin-status-waitlisted = Sur liste d’attente
admin-status-offered = Place proposée
admin-status-cancelled = Annulée
admin-status-expired = Expirée
admin-search-people = Nom, e-mail ou code pays
admin-filter = Afficher
admin-registrations-shown = Affichage : { $shown } sur { $total }.
admin-export-csv = Exporter en CSV
admin-name = Nom
admin-waitlist = Liste d’attente
admin-central-office = Bureau central
admin-posts-intro = Chaque publication avec ses langues. Ouvrez une langue pour la modifier, ou une langue manquante pour traduire la publication.
admin-post = Publication
admin-chapter = Section
admin-chapter-hint = Uniquement pour le rôle « Rédaction de section ».
admin-languages = Langues
admin-missing = manquante
admin-back-posts = Retour aux publications
admin-post-public = Voir sur le site
admin-post-edit-heading = { $post } en { $language }
admin-post-title = Titre
admin-post-summary = Résumé
admin-post-body = Texte (Markdown)
admin-post-body-hint = Paragraphes, **gras**, *italique*, listes et [liens](https://example.org). Pas de HTML.
admin-post-preview = Aperçu
admin-post-save = Enregistrer et publier
admin-post-saved = Enregistré. La page publique l’affiche désormais.
admin-post-saved-draft = Enregistré comme brouillon : pas sur le site public.
admin-post-saved-scheduled = Enregistré. La version paraîtra d’elle-même sur le site à l’heure fixée.
admin-post-preview-heading = Aperçu
admin-post-other-versions = Autres langues, comme base de traduction
admin-post-error-title = Saisissez un titre de 300 caractères au maximum.
admin-post-error-summary = Saisissez un résumé de 1 000 caractères au maximum.
admin-post-error-long = Le texte dépasse 100 KB ; raccourcissez-le.
admin-signature-unlisted = non affichée
admin-role = Rôle
admin-role-owner = Propriétaire
admin-role-editor = Rédaction
admin-role-chapter-editor = Rédaction de section
admin-role-moderator = Modération
admin-actions = Actions
admin-users-add = Ajouter une personne
admin-users-change-role = Changer le rôle
admin-users-disable = Désactiver
admin-users-enable = Activer
admin-users-disabled = compte désactivé
admin-users-link-intro = Transmettez ce lien à { $email } de manière confidentielle ; il permet de définir son mot de passe. Il ne fonctionne qu’une fois, pendant 72 heures :
admin-users-error-role = Choisissez un rôle ; le rôle « Rédaction de section » nécessite aussi une section.
admin-users-error-person = Saisissez un nom (200 caractères au maximum) et une adresse e-mail valide.
admin-users-error-exists = Cette adresse a déjà un compte.
admin-users-error-self = Vous ne pouvez ni vous retirer le rôle « Propriétaire » ni désactiver votre propre compte.
admin-audit-intro = Chaque modification faite ici ou en ligne de commande, de la plus récente à la plus ancienne. Personne ne peut modifier ni supprimer ces lignes.
admin-audit-when = Quand
admin-audit-who = Qui
admin-audit-what = Quoi
admin-audit-subject = Objet
admin-audit-before = Avant
admin-audit-after = Après
admin-totp-heading = Connexion en deux étapes
admin-totp-required = Ce site exige la connexion en deux étapes pour votre rôle. Configurez-la pour continuer.
admin-totp-off = La connexion en deux étapes est désactivée. Une fois activée, la connexion demande, en plus de votre mot de passe, un code fourni par une application sur votre téléphone.
admin-totp-start = Configurer la connexion en deux étapes
admin-totp-scan = Scannez ce code avec une application d’authentification, puis saisissez le code à 6 chiffres qu’elle affiche.
admin-totp-qr = Code QR pour votre application d’authentification
admin-totp-secret = Ou saisissez cette clé dans l’application :
admin-totp-open-app = Ouvrir dans une application d’authentification sur cet appareil
admin-totp-confirm = Activer
admin-totp-on = La connexion en deux étapes est activée.
admin-totp-enabled-now = La connexion en deux étapes est maintenant activée.
admin-recovery-intro = Conservez ces codes de récupération en lieu sûr. Chacun permet de se connecter une fois en cas de perte de votre téléphone. Ils ne sont affichés que maintenant.
admin-sessions-heading = Sessions
admin-logout-everywhere-text = Se déconnecter de tous les appareils où votre session est ouverte, y compris celui-ci.
admin-logout-everywhere = Se déconnecter partout
admin-reset-link = Mot de passe oublié ?
admin-reset-heading = Nouveau mot de passe
admin-reset-intro = Indiquez l’adresse avec laquelle vous vous connectez. Si un compte y est associé, nous y enverrons un lien pour définir un nouveau mot de passe.
admin-reset-submit = Envoyer le lien
admin-reset-sent = Si un compte est associé à cette adresse, un lien pour définir un nouveau mot de passe vient d’y être envoyé. Il ne fonctionne qu’une fois, pendant deux heures.
admin-reset-mail-subject = Définir un nouveau mot de passe pour l’espace organisation
admin-reset-mail-body = Quelqu’un, probablement vous, a demandé un nouveau mot de passe pour l’espace organisation. Le lien ci-dessous ne fonctionne qu’une fois, pendant deux heures. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.
admin-reset-mail-action = Définir un nouveau mot de passe
admin-reset-footer = Vous recevez cet e-mail parce que votre adresse est associée à un compte de l’espace organisation.
admin-post-publishing = Publication (toutes les langues)
admin-post-date = Date de publication
admin-post-date-hint = Une date future programme la publication : elle paraît ce jour-là (UTC).
admin-post-draft = Brouillon : absent du site public
admin-post-state-draft = Brouillon : absent du site public.
admin-post-state-public = Publié depuis le { $date }.
admin-post-state-scheduled = Programmé pour le { $date }.
admin-post-error-date = Indiquez la date de publication sous forme de date, par exemple 2026-12-01.
admin-nav-media = Médias
admin-media-file = Un fichier
admin-media-hint = Images (PNG, JPEG, WebP ; jusqu’à 10 Mo et 8192 pixels de côté), vidéos (MP4, WebM ; jusqu’à 200 Mo) et sous-titres (WebVTT ; jusqu’à 1 Mo).
admin-media-upload = Téléverser
admin-media-library = Fichiers téléversés
admin-media-none = Rien n’a encore été téléversé.
admin-media-uploaded = Téléversé sous le nom { $path }.
admin-media-error-kind = Ce n’est ni une image PNG, JPEG ou WebP, ni une vidéo MP4 ou WebM, ni un fichier de sous-titres WebVTT (jugé sur son contenu, pas sur son nom).
admin-media-error-large = Le fichier dépasse la taille permise pour son type ; voir les limites ci-dessus.
admin-media-error-dimensions = L’image dépasse 8192 pixels de large ou de haut, ou sa taille est illisible.
admin-media-error-missing = Choisissez un fichier à téléverser.
admin-post-media = Image et vidéo (toutes les langues)
admin-post-media-hint = Choisissez parmi les fichiers téléversés ; téléversez-en de nouveaux dans
admin-post-image = Image (aussi la carte de partage)
admin-post-video = Vidéo
admin-post-poster = Affiche de la vidéo
admin-post-captions = Sous-titres en { $language }
admin-post-error-media = Choisissez les médias dans les listes (une image pour l’image et l’affiche, une vidéo pour la vidéo, un fichier WebVTT pour les sous-titres) ; une affiche demande une vidéo.
admin-queue-heading = En attente de modération
admin-queue-intro = Les signatures venant d’un réseau qui a signé plus de cinq fois en une heure sont gardées ici : elles ne comptent qu’une fois approuvées.
admin-queue-empty = Rien n’est en attente.
admin-queue-approve = Approuver
admin-queue-remove = Retirer
admin-signature-held = en attente
admin-registration-confirm = Confirmer à la main
admin-registration-cancel = Annuler l’inscription
admin-mail-heading = Courriels concernant cette inscription
admin-mail-kind = Courriel
admin-mail-state = Remise
admin-mail-sent = remis le { $when }
admin-mail-failing = pas encore remis : { $attempts } tentative(s), dernière erreur : { $error }
admin-mail-queued = en attente d’envoi
admin-mail-resend = Renvoyer
admin-mail-parked = échec après { $attempts } tentatives, dernière erreur : { $error }. Relancez-le depuis « Courriels et tâches ».
admin-mail-skipped = non envoyé, devenu inutile : { $reason }
admin-nav-jobs = Courriels et tâches
admin-jobs-intro = Tout ce que le serveur fait en arrière-plan passe par cette file : chaque courriel, l’expiration des offres, les rappels. Une tâche qui a échoué huit fois s’arrête et vous attend ici.
admin-jobs-waiting = En attente d’exécution
admin-jobs-oldest = La plus ancienne attend depuis
admin-jobs-oldest-none = rien n’attend
admin-jobs-age = il y a { $minutes } min
admin-jobs-later = Prévues plus tard (nouvelles tentatives comprises)
admin-jobs-failed-heading = Tâches en échec
admin-jobs-failed-none = Aucune tâche n’a échoué.
admin-jobs-kind = Tâche
admin-jobs-attempts = Tentatives
admin-jobs-failed-at = Échec le
admin-jobs-error = Dernière erreur
admin-jobs-retry = Réessayer
admin-nav-settings = Réglages du site
admin-settings-saved = Enregistré. Le site public affiche désormais les nouveaux réglages.
admin-settings-contact = Adresse de contact (affichée sans être écrite dans les pages)
admin-settings-hashtags = Mots-dièse de la campagne
admin-settings-hashtags-hint = Séparés par des espaces, par exemple #WaterForEveryHome #EveryDropCounts.
admin-settings-calendar = Calendrier hégirien
admin-settings-hijri = Variante
admin-settings-umm-al-qura = Umm al-Qura
admin-settings-tabular = Tabulaire (civil)
admin-settings-adjustment = Ajustement en jours
admin-settings-adjustment-hint = De −2 à +2, pour les communautés qui suivent l’observation locale du croissant.
admin-settings-site-name = Nom du site
admin-settings-organiser = Organisateur
admin-settings-tagline = Devise (une phrase)
admin-settings-arabic-digits = Écrire les nombres en chiffres arabes orientaux (٠١٢٣)
admin-settings-save = Enregistrer les réglages
admin-settings-error-contact = Indiquez une adresse électronique de contact valide.
admin-settings-error-hashtags = Un mot-dièse ne contient que des lettres, des chiffres et _, par exemple #EveryDropCounts.
admin-settings-error-adjustment = L’ajustement est un nombre entier de −2 à 2.
admin-settings-error-texts = Indiquez le nom du site, l’organisateur et la devise en { $language }.
admin-nav-events = Événements
admin-event-saved = Enregistré. La page de l’événement et le formulaire d’inscription suivent aussitôt.
admin-event-zone = Fuseau horaire de référence
admin-event-zone-hint = Toutes les heures ci-dessous sont celles de ce fuseau (par exemple Asia/Riyadh, « heure de Médine »).
admin-event-doors = Ouverture de la salle
admin-event-starts = Début
admin-event-starts-hint = Déplacer le début déplace tout le programme avec lui.
admin-event-ends = Fin
admin-event-places = Places
admin-event-places-hint = Vide pour un nombre illimité. Réduire ne retire de place à personne ; les places ajoutées sont proposées à la liste d’attente dans l’ordre.
admin-event-opens = Ouverture des inscriptions (vide : maintenant)
admin-event-closes = Clôture des inscriptions (vide : à la fin de l’événement)
admin-event-reminders = Rappels, en heures avant l’ouverture de la salle
admin-event-reminders-hint = Séparés par des virgules, chacun de 1 à 720, par exemple 24, 1.
admin-event-save = Enregistrer l’événement
admin-event-error-zone = Choisissez un fuseau horaire dans la liste.
admin-event-error-time = { $field } : indiquez une date et une heure qui existent dans ce fuseau (ni sautées ni répétées par un changement d’heure).
admin-event-error-places = Les places sont un nombre entier de 1 à 1 000 000, ou vide pour un nombre illimité.
admin-event-error-reminders = Les rappels sont des nombres entiers d’heures de 1 à 720, séparés par des virgules.
admin-event-error-order = La salle ouvre avant ou au début, et l’événement finit après avoir commencé.
admin-event-error-window = Les inscriptions ferment après leur ouverture et avant la fin de l’événement.
admin-event-error-segments = Le programme ne tient pas avant la nouvelle fin ; allongez l’événement ou déplacez sa fin.
admin-outdated = plus ancienne qu’une autre langue

## The online hall
hall-event-page = À propos de la conférence
hall-reload = Recharger la page pour voir les dernières questions et annonces
hall-doors = Ouverture de la salle :
hall-ended = La conférence est terminée. Merci de votre participation.
hall-recordings = Voir les enregistrements
hall-stream-title = Diffusion en direct
hall-stream-open = Ouvrir la diffusion en direct
hall-no-stream = La diffusion en direct apparaîtra ici.
hall-channels = Écouter en
hall-channel-main = langue d’origine
hall-channel-rendition = interprétation
hall-channel-audio = interprétation, son seul
hall-channel-video = interprétation, flux séparé
hall-channel-playing = En cours : { $language } ({ $kind })
hall-channel-sound = Son de l’interprétation
hall-channel-failed = Ce canal n’a pas pu être lu ; la langue d’origine est diffusée.
hall-premiere = Première diffusion : tout le monde regarde cette vidéo ensemble en ce moment.
hall-premiere-play = Lancer la première diffusion
hall-live-now = En direct
hall-announcements = Annonces
hall-questions = Questions
hall-ask-label = Votre question
hall-ask-language = Langue de votre question
hall-ask = Envoyer la question
hall-ask-hint = Chaque question est lue par l’équipe de modération avant d’être montrée à tout le monde. Votre nom n’est jamais affiché.
hall-ask-empty = Écrivez d’abord votre question.
hall-ask-too-long = Une question peut compter { $max } caractères au maximum.
hall-ask-too-many = Vous avez envoyé plusieurs questions ces dernières minutes. Veuillez patienter un peu avant d’en envoyer une autre.
hall-ask-closed = Les questions peuvent être envoyées tant que la salle est ouverte.
hall-vote = Moi aussi
hall-voted = C’est aussi votre question
hall-question-pending = En attente de modération
hall-question-answered = Réponse donnée
hall-question-pinned = Épinglée
hall-reconnecting = Connexion perdue ; reconnexion en cours…
hall-revoked = Ce lien n’ouvre plus la salle. Demandez-en un nouveau à l’équipe organisatrice.
hall-action-failed = Cela n’a pas fonctionné. Vérifiez votre connexion et réessayez.
hall-attendees = { $count ->
    [zero] Personne d’autre ici pour l’instant
    [one] { $shown } personne dans la salle
    [many] { $shown } de personnes dans la salle
   *[other] { $shown } personnes dans la salle
}
hall-enter = Entrer dans la salle en ligne
recordings-heading = Enregistrements
recordings-none = Aucun enregistrement pour l’instant.
admin-nav-hall = Salle
admin-hall-attendees = Personnes dans la salle
admin-hall-pending = En attente de décision
admin-hall-pending-empty = Aucune question n’est en attente.
admin-hall-asker = qui l’a posée
admin-hall-approve = Afficher pour tout le monde
admin-hall-approve-pin = Afficher et épingler
admin-hall-hide = Masquer
admin-hall-shown = Affichées pour tout le monde
admin-hall-answered = Marquer comme répondue
admin-hall-pin = Épingler
admin-hall-unpin = Désépingler
admin-hall-hidden = Questions masquées
admin-hall-announcement = Annonce pour toute la salle
admin-hall-announce = Publier l’annonce
admin-hall-announcement-empty = Écrivez d’abord l’annonce.
admin-hall-announcement-too-long = Une annonce peut compter { $max } caractères au maximum.
admin-hall-programme = Séquence en direct
admin-hall-following-schedule = La séquence en direct suit l’horaire.
admin-hall-chosen-by-hand = La séquence en direct a été choisie à la main ; elle suivra de nouveau l’horaire à l’heure de la séquence suivante.
admin-hall-make-live = Passer en direct maintenant
admin-hall-follow-schedule = Suivre l’horaire
admin-hall-set-live = Appliquer
admin-registration-revoke = Révoquer le lien personnel
admin-registration-revoke-hint = La révocation désactive aussitôt le lien personnel et le lien de la salle, et ferme les fenêtres de la salle ouvertes. Renvoyez le courriel de confirmation pour donner un nouveau lien à la personne.
admin-hall-next = Séquence suivante
admin-source-heading = Fichier de contenu
admin-source-intro = Le fichier tel que convene import le lit. La vérification liste chaque problème avec sa ligne ; rien ne change tant que le fichier en contient et que vous ne l’avez pas enregistré.
admin-source-files = Autres fichiers
admin-source-check = Vérifier
admin-source-save = Vérifier et enregistrer
admin-source-saved = Enregistré. Le site public affiche la modification dès maintenant.
admin-source-problems = Rien n’a été enregistré : corrigez d’abord ces problèmes.
admin-source-no-problems = Aucun problème trouvé. Enregistrez pour publier la modification.
admin-source-format = Le format de chaque fichier est décrit dans docs/content-format.md, fourni avec Convene.
admin-source-link-site = Langues, sections et plus encore, en fichiers de contenu
admin-source-link-event = Séquences, intervenantes, diffusion et textes, en fichiers de contenu
admin-source-preview = Prévisualiser la page
admin-source-preview-banner = Aperçu de votre modification : rien n’est encore enregistré. Fermez cet onglet et enregistrez dans l’espace organisation pour la publier.
admin-source-conflict = Quelqu’un d’autre a enregistré ce fichier après que vous l’avez ouvert. Rien n’a été enregistré. Votre texte est toujours ci-dessous : copiez votre modification, rouvrez le fichier et refaites-la.
admin-content-conflict = Quelqu’un d’autre a enregistré une modification du site pendant que vous travailliez : rien n’a été enregistré, car votre modification aurait effacé la sienne. Ce que vous avez saisi est toujours ci-dessous ; comparez-le à la version actuelle et enregistrez de nouveau pour l’appliquer par-dessus sa modification.
admin-content-conflict-latest = Dernière modification : { $actor }, « { $action } », { $subject }.
admin-programme-heading = Programme
admin-programme-link = Modifier le programme : séquences, horaires, intervenantes et titres
admin-programme-back = Horaires et places
admin-programme-intro = Les horaires sont ceux du fuseau horaire de référence de l’événement, { $zone }. Les séquences sont enregistrées dans l’ordre de leurs heures de début ; elles ne doivent pas se chevaucher et doivent tenir dans la durée de l’événement.
admin-programme-new = Ajouter une séquence
admin-programme-id = Identifiant
admin-programme-id-hint = Lettres minuscules sans accent, chiffres et traits d’union, par exemple dialogue-6. L’identifiant figure dans les adresses et ne pourra plus être modifié.
admin-programme-kind = Type
admin-programme-kind-opening = Ouverture
admin-programme-kind-dialogue = Dialogue
admin-programme-kind-video = Vidéo
admin-programme-kind-interactive = Séance interactive
admin-programme-kind-conclusion = Conclusion
admin-programme-start = Heure de début
admin-programme-minutes = Durée en minutes
admin-programme-title = Titre
admin-programme-speakers = Intervenantes
admin-programme-remove = Retirer cette séquence
admin-programme-remove-media = son enregistrement et sa première diffusion disparaissent avec elle
admin-programme-save = Vérifier et enregistrer le programme
admin-programme-saved = Le programme est enregistré ; les pages publiques l’affichent désormais.
admin-programme-error-id = Séquence { $number } : l’identifiant ne peut contenir que des lettres minuscules sans accent, des chiffres et des traits d’union.
admin-programme-error-row = Séquence { $id } : indiquez un type, une heure de début et une durée d’au moins une minute.
admin-programme-more = Les descriptions, les enregistrements et les premières diffusions se modifient dans le fichier de l’événement :
admin-speakers-heading = Intervenantes
admin-speakers-link = Modifier les intervenantes
admin-speakers-intro = Pour chaque intervenante : son nom tel qu’il figure au programme, son pays et sa section, et, dans chaque langue de l’événement, sa fonction (et son nom, si cette langue l’écrit autrement). Une intervenante encore citée dans une séquence ne peut pas être retirée : retirez-la d’abord du programme.
admin-speakers-new = Ajouter une intervenante
admin-speakers-id-hint = Lettres minuscules sans accent, chiffres et traits d’union, par exemple nadia-haddad. Le programme la désigne par cet identifiant ; il ne pourra plus être modifié.
admin-speakers-name = Nom
admin-speakers-chapter = Section
admin-speakers-role = Fonction
admin-speakers-name-in = Nom dans cette langue, s’il s’écrit autrement
admin-speakers-remove = Retirer cette intervenante
admin-speakers-save = Vérifier et enregistrer les intervenantes
admin-speakers-saved = Les intervenantes sont enregistrées ; les pages publiques les affichent désormais.
admin-speakers-error-row = Intervenante { $number } : indiquez un identifiant (lettres minuscules sans accent, chiffres et traits d’union), un nom et un pays.

admin-confirm-heading = Supprimer définitivement ?
admin-confirm-programme = Enregistrer ce programme supprime les séquences ci-dessous, avec leurs titres dans toutes les langues. Un enregistrement ou une première disparaît avec sa séquence.
admin-confirm-speakers = Enregistrer supprime tous les intervenants de cet événement :
admin-confirm-audit = Ce qui est supprimé reste dans le journal d’audit, pour pouvoir être rétabli.
admin-confirm-submit = Oui, supprimer et enregistrer
admin-confirm-back = Non, revenir au formulaire
admin-audit-details = Ce qui a été supprimé (JSON, pour le rétablir)

# Mail to people (broadcasts)
admin-nav-mail = Écrire aux personnes
admin-mail-new = Écrire un message
admin-mail-none = Aucun message n'a encore été envoyé.
admin-mail-intro = Écrivez le message dans la langue par défaut du site ; les autres langues sont facultatives, et les personnes dont la langue n'a pas de texte reçoivent celui par défaut. Chaque message porte un lien de désinscription en un clic.
admin-mail-subject = Objet
admin-mail-body = Message (Markdown)
admin-mail-audience = Destinataires
admin-mail-event = Événement
admin-mail-which = Inscrits
admin-mail-which-all = Toutes les personnes qui ont une place ou en attendent une
admin-mail-which-confirmed = Les personnes qui ont une place
admin-mail-which-waitlisted = Les personnes en liste d'attente
admin-mail-lang = Seulement dans cette langue
admin-mail-country = Seulement de ce pays
admin-mail-any = Tous
admin-mail-audience-all = Toutes les personnes inscrites à { $event }
admin-mail-audience-confirmed = Les inscrits confirmés de { $event }
admin-mail-audience-waitlisted = La liste d'attente de { $event }
admin-mail-languages-hint = « Aperçu » montre chaque texte tel qu'il apparaîtra ; « Compter » dit combien de personnes il atteint ; « Test » vous l'envoie à vous seul.
admin-mail-preview = Aperçu
admin-mail-count-button = Compter les destinataires
admin-mail-test = M'envoyer un test
admin-mail-send = Envoyer à tous
admin-mail-count = Destinataires : { $count } (exclus car désinscrits : { $unsubscribed }).
admin-mail-confirm-count = Vérifiez le nombre de destinataires ci-dessous, puis appuyez de nouveau sur « Envoyer à tous ».
admin-mail-test-sent = Un test a été envoyé à { $address }.
admin-mail-test-failed = Le test n'a pas pu être envoyé : { $error }
admin-mail-sent-by = Envoyé par
admin-mail-progress = Avancement
admin-mail-state-sent = Envoyés
admin-mail-state-waiting = En attente
admin-mail-state-skipped = Exclus (désinscrits ou plus inscrits)
admin-mail-state-failed = Échecs
admin-mail-sending = Envoi en cours… cette page se met à jour toute seule.
admin-mail-done = Tous les messages ont été traités.
admin-mail-failed-hint = Les messages en échec sont dans la file des tâches, où ils peuvent être relancés.
admin-mail-back = Retour à tous les messages
admin-mail-error-event = Choisissez l'événement dont les inscrits recevront le message.
admin-mail-error-lang = Choisissez l'une des langues du site, ou toutes.
admin-mail-error-country = Choisissez un pays dans la liste, ou tous.
admin-mail-error-default = Le message doit avoir un objet et un texte en { $lang }, la langue par défaut du site.
admin-mail-error-incomplete = Le texte en { $lang } doit avoir un objet et un message.
admin-mail-error-subject-long = L'objet en { $lang } dépasse 200 caractères.
admin-mail-error-subject-line = L'objet en { $lang } doit tenir sur une ligne.
admin-mail-error-body-long = Le message en { $lang } dépasse 20 000 caractères.
admin-mail-error-markdown = Le message en { $lang } a un problème
admin-mail-error-nobody = Personne ne correspond à ces destinataires : il n'y a rien à envoyer.
mail-broadcast-footer = Vous recevez ce message parce que vous vous êtes inscrit·e à { $event }.
mail-broadcast-unsubscribe = Ne plus recevoir ces messages
unsubscribe-heading = Se désinscrire
unsubscribe-text = Appuyez sur le bouton pour ne plus recevoir de messages des organisateurs sur cette campagne. Les courriels sur votre propre inscription (confirmations, rappels) vous parviendront toujours.
unsubscribe-button = Me désinscrire
unsubscribe-done-heading = Vous êtes désinscrit·e
unsubscribe-done-text = Vous ne recevrez plus de messages des organisateurs sur cette campagne.
unsubscribe-invalid-heading = Ce lien ne fonctionne pas
unsubscribe-invalid-text = Le lien de désinscription est incomplet ou a été modifié. Utilisez le lien en bas du message tel quel.
admin-users-mail-grant = Autoriser à écrire aux personnes
admin-users-mail-revoke = Retirer le droit d'écrire aux personnes

# Supporters
supporters-heading = Me tenir informé·e
supporters-intro = Recevez les prochaines étapes de la campagne : nouveaux événements, lettres ouvertes, résultats. Nous vous enverrons d'abord un courriel pour confirmer votre adresse.
supporters-country = Pays (facultatif)
supporters-consent = Me tenir informé·e par courriel des prochaines étapes de cette campagne. Je peux me désinscrire à tout moment.
supporters-submit = Me tenir informé·e
supporters-error-consent = Cochez la case pour accepter de recevoir les courriels de la campagne.
supporters-sent-heading = Consultez vos courriels
supporters-sent-text = Si l'adresse est juste, un message avec un lien de confirmation est en route. Rien ne vous sera envoyé avant votre confirmation.
supporters-confirm-heading = Confirmez votre adresse
supporters-confirm-text = Appuyez sur le bouton pour recevoir les nouvelles de la campagne à cette adresse.
supporters-confirm-button = Confirmer
supporters-done-heading = Merci
supporters-done-text = Vous aurez de nos nouvelles sur les prochaines étapes de la campagne. Chaque message contient un lien de désinscription.
supporters-invalid-heading = Ce lien ne fonctionne pas
supporters-invalid-text = Le lien de confirmation est incomplet, a été modifié ou remplacé par un plus récent. Refaites la demande depuis le formulaire si vous souhaitez toujours être tenu·e informé·e.
supporters-mail-subject = Confirmez que vous souhaitez recevoir des nouvelles de la campagne
supporters-mail-body = Quelqu'un, sans doute vous, a demandé à recevoir les nouvelles de cette campagne à cette adresse. Suivez le lien pour confirmer ; si ce n'était pas vous, ignorez ce courriel et rien d'autre ne sera envoyé.
supporters-mail-action = Confirmer mon adresse
supporters-mail-footer = Vous recevez ce courriel parce que cette adresse a été donnée sur { $site } pour être tenue informée.
supporters-keep-informed = Me tenir aussi informé·e par courriel des prochaines étapes de cette campagne (une confirmation vous sera demandée).
admin-nav-supporters = Sympathisants
admin-supporters-intro = Les personnes qui ont demandé à être tenues informées et ont confirmé leur adresse. Celles qui n'ont pas encore confirmé sont listées ensuite et ne reçoivent rien.
admin-supporters-confirmed = Sympathisants confirmés
admin-supporters-pending = En attente de confirmation
admin-supporters-by-lang = Par langue
admin-supporters-by-country = Par pays
admin-supporters-source = Où
admin-supporters-agreed = A accepté
admin-supporters-erase = Effacer
admin-supporters-export = Exporter en CSV
admin-supporters-none = Personne pour l'instant.
admin-mail-which-supporters = Sympathisants (toutes les personnes qui ont demandé à être tenues informées)
admin-mail-audience-supporters = Sympathisants
mail-broadcast-footer-supporter = Vous recevez ce message parce que vous avez demandé à { $site } de vous tenir informé·e.

# Badges for partner sites
badge-places-left = Places restantes
badge-places-open = ouvert
badge-signatures = Signatures
## Polls in the hall (issue 17)
hall-polls = Sondages
hall-poll-open = Ouvert : votre vote compte
hall-poll-closed = Clos
hall-poll-vote = Voter
hall-poll-change = Changer mon vote
hall-poll-your-vote = votre vote
hall-poll-votes = { $count ->
    [zero] Aucun vote pour l’instant
    [one] { $shown } vote
   *[other] { $shown } votes
}
hall-poll-answer-votes = { $count ->
    [one] { $shown } vote
   *[other] { $shown } votes
}
hall-poll-percent = { $shown } %
hall-poll-choose = Choisissez d’abord une réponse.
hall-poll-closed-refused = Ce sondage est clos : les votes ne sont plus comptés. Les résultats restent affichés ici.
admin-polls = Sondages
admin-polls-intro = Préparez un sondage pour une séquence, ouvrez-le le moment venu, clôturez-le quand assez de personnes ont voté. Chaque participante vote une fois et peut changer son vote jusqu’à la clôture ; les sondages clos restent dans la salle avec leurs résultats.
admin-polls-back = Retour à la salle
admin-polls-none = Aucun sondage pour l’instant.
admin-polls-new = Nouveau sondage
admin-polls-segment = Séquence
admin-polls-language = En { $lang }
admin-polls-question = Question
admin-polls-options = Réponses, une par ligne (2 à 8)
admin-polls-languages-hint = Rédigez le sondage au moins en { $lang } ; les participantes dont la langue reste vide le lisent en { $lang }. Chaque langue doit avoir les mêmes réponses dans le même ordre.
admin-polls-create = Enregistrer comme brouillon
admin-polls-open = Ouvrir à tout le monde
admin-polls-close = Clore le sondage
admin-polls-export = Résultats en CSV
admin-polls-status-draft = Brouillon (visible des modératrices seulement)
admin-polls-status-open = Ouvert
admin-polls-status-closed = Clos
admin-polls-error-segment = Choisissez une séquence du programme.
admin-polls-error-missing-default = Rédigez la question et ses réponses en { $lang }.
admin-polls-error-empty-question = La question en { $lang } est vide.
admin-polls-error-question-too-long = La question en { $lang } ne peut dépasser { $max } caractères.
admin-polls-error-option-too-long = Les réponses en { $lang } ne peuvent dépasser { $max } caractères.
admin-polls-error-option-count = Un sondage a de 2 à 8 réponses ; { $lang } en a { $count }.
admin-polls-error-options-differ = { $lang } a { $count } réponses et { $default } en a { $expected } : chaque langue doit avoir les mêmes réponses.

## Reactions in the hall (issue 17)
hall-reactions = Réactions
hall-reaction-clap = Applaudir
hall-reaction-heart = J’adore
hall-reaction-agree = D’accord
hall-reaction-smile = Ça me fait sourire
hall-reaction-wow = Étonnant
hall-react-too-fast = Un peu plus lentement : quelques réactions toutes les quelques secondes.
# Creating, scheduling and withdrawing content (issue 16)
error-gone-title = Cette page a été retirée
error-gone-text = Les organisatrices et organisateurs ont retiré ce qui était publié à cette adresse. Ce contenu n’est plus sur le site ; les dernières publications sont sur la page d’accueil.
admin-version-legend = Cette version linguistique
admin-version-missing = Pas encore écrite.
admin-version-draft = Brouillon : pas sur le site public.
admin-version-post-hidden = Enregistrée, mais la publication entière est retirée du site (voir sa page).
admin-version-scheduled = Programmée : paraît sur le site le { $when } ({ $zone }).
admin-version-public = Publique.
admin-mark-draft = brouillon
admin-mark-scheduled = programmée
admin-post-publish-at = Publier le (pour « Enregistrer et programmer »)
admin-post-publish-at-hint = Une date et une heure dans le fuseau { $zone }. La version paraît d’elle-même sur le site à ce moment.
admin-post-save-draft = Enregistrer comme brouillon
admin-post-save-schedule = Enregistrer et programmer
admin-post-error-schedule = Indiquez la date et l’heure de publication, une heure qui existe dans le fuseau { $zone }.
admin-post-overview = La publication entière
admin-post-new = Nouvelle publication
admin-post-new-intro = Écrivez-la d’abord dans une langue ; traduisez-la ensuite, chaque langue avec son propre état.
admin-post-kind = Type
admin-post-first-language = Langue
admin-post-first-language-hint = La langue dans laquelle vous l’écrivez maintenant. Les autres langues s’ajoutent ensuite.
admin-post-no-event = Aucun événement
admin-post-create-draft = Créer comme brouillon
admin-post-create-publish = Créer et publier
admin-post-error-kind = Choisissez un type dans la liste.
admin-post-error-language = Choisissez l’une des langues du site.
admin-post-error-event = Choisissez un événement dans la liste, ou aucun.
admin-slug = Nom dans l’adresse (slug)
admin-slug-hint = Lettres minuscules a–z, chiffres et traits d’union ; il figure dans l’adresse. Laissez-le vide pour qu’il soit tiré du titre.
admin-error-slug = Le nom dans l’adresse ne contient que des minuscules a–z, des chiffres et des traits d’union simples, 80 au plus, sans trait d’union au début ni à la fin.
admin-error-slug-taken = Le nom { $slug } est déjà utilisé ; choisissez-en un autre.
admin-post-versions = Versions linguistiques
admin-post-state = État
admin-post-edit = Modifier
admin-post-translate = Traduire
admin-post-on-site = Sur le site public
admin-post-off-site = La publication entière est retirée du site public : son adresse indique qu’elle a été retirée.
admin-post-put-back = La remettre sur le site
admin-post-unpublish-hint = La retirer du site masque toutes ses versions ; son adresse indique alors qu’elle a été retirée. Vous pourrez la remettre plus tard.
admin-post-unpublish = La retirer du site
admin-delete = Supprimer
admin-post-delete-hint = Supprimer retire la publication avec toutes ses versions. On vous le demandera d’abord.
admin-post-delete = Supprimer cette publication…
admin-post-delete-signed = Des personnes ont signé cette lettre : elle ne peut pas être supprimée. Retirez-la plutôt du site ; leurs signatures restent avec elle.
admin-confirm-delete-post = La suppression retire cette publication, dans toutes les langues, du site et de cet espace. Son adresse indiquera qu’elle a été retirée.
admin-confirm-delete-event = La suppression retire cet événement, avec son programme et ses textes dans toutes les langues. Son adresse indiquera qu’il a été retiré.
admin-event-new = Nouvel événement
admin-event-new-intro = Un nouvel événement commence comme brouillon, hors du site public, jusqu’à ce que vous le publiiez.
admin-event-copy-heading = La prochaine édition d’un événement passé
admin-event-copy-intro = Tout est copié (programme, intervenantes, textes, antennes, places, période d’inscription) et chaque date est décalée du même nombre de jours, aux mêmes heures. Les enregistrements restent avec l’édition précédente.
admin-event-source = Copier depuis
admin-event-days = Décaler les dates de (jours)
admin-event-days-hint = 364 jours (52 semaines) gardent le jour de la semaine ; un nombre négatif les avance.
admin-event-copy = Créer la nouvelle édition
admin-event-scratch-heading = À partir de rien
admin-event-title-in = Titre en { $language }
admin-event-zone-label = Nom du fuseau pour les visiteurs
admin-event-zone-label-hint = Comment la page nomme le fuseau de référence, par exemple « heure de Médine ».
admin-event-proceedings = Langue des échanges
admin-event-create = Créer l’événement
admin-event-error-source = Choisissez dans la liste l’événement à copier.
admin-event-error-days = Indiquez de combien de jours décaler les dates : un nombre entier, pas 0, au plus 3 660 dans un sens ou dans l’autre.
admin-event-error-zone-label = Indiquez le nom du fuseau tel que les visiteurs le lisent.
admin-event-draft-state = Brouillon : pas sur le site public. La publication met en ligne sa page, son formulaire d’inscription et les listes.
admin-event-publish = Publier l’événement
admin-event-unpublish-hint = Retirer l’événement du site masque sa page, son formulaire d’inscription et les listes ; son adresse indique alors qu’il a été retiré.
admin-event-unpublish = Le retirer du site
admin-event-delete-hint = Supprimer retire l’événement avec son programme et ses textes. On vous le demandera d’abord. Un événement auquel des personnes sont inscrites, ou dont parlent des publications, ne peut pas être supprimé : retirez-le plutôt du site.
admin-event-delete = Supprimer cet événement…
admin-event-delete-refused = Cet événement ne peut pas être supprimé : inscriptions : { $registrations } ; publications qui en parlent : { $posts }. Retirez-le plutôt du site.
admin-event-not-changed = Rien n’a changé
admin-nav-chapters = Antennes
admin-nav-kinds = Types de publication
admin-chapter-new = Nouvelle antenne
admin-chapter-country = Pays
admin-chapter-zone = Fuseau horaire de sa ville
admin-chapter-name = Nom de l’antenne
admin-chapter-city = Ville
admin-chapter-create = Créer l’antenne
admin-chapter-saved = Enregistré. La nouvelle antenne peut être choisie pour les publications et les événements.
admin-chapter-error-country = Choisissez le pays de l’antenne dans la liste.
admin-chapter-error-names = Indiquez le nom et la ville de l’antenne en { $language }.
admin-kind-new = Nouveau type de publication
admin-kind-name = Nom d’une publication
admin-kind-plural = Nom de la liste
admin-kind-signable = Peut être signée
admin-kind-signable-hint = Les visiteurs peuvent signer les publications de ce type (lettres ouvertes)
admin-kind-create = Créer le type
admin-kind-saved = Enregistré. Les nouvelles publications peuvent être de ce type.
admin-kind-error-names = Indiquez le nom et le nom de la liste en { $language }.

## Hall announcements afterwards (issue 16)
admin-hall-announcement-main = en { $lang }, la langue principale de l’événement
admin-hall-announcement-other-languages = La même annonce dans d’autres langues (facultatif)
admin-announcements-link = Annonces publiées : heure, auteur, retrait
admin-announcements = Annonces
admin-announcements-intro = Toutes les annonces publiées dans la salle de cet événement, les plus récentes d’abord. Les participants les lisent dans leur langue si elles y ont été écrites, sinon dans la langue principale de l’événement.
admin-announcements-none = Aucune annonce pour l’instant.
admin-announcements-when = Heure
admin-announcements-author = Écrite par
admin-announcements-text = Texte
admin-announcements-status = État
admin-announcements-shown = Affichée dans la salle.
admin-announcements-withdrawn = Retirée { $when } par { $who }.
admin-announcements-withdraw = Retirer
admin-announcements-unknown-author = Non enregistré
admin-announcements-withdraw-hint = Retirer une annonce l’enlève aussitôt de toutes les salles ouvertes ; elle reste dans cette liste.

## Attendance and certificates (issue 16)
admin-attendance = Présence
admin-attendance-intro = Qui était dans la salle, combien de temps, et quelles séquences ont été suivies (une séquence compte comme suivie à partir de la moitié). Les fenêtres ouvertes en même temps comptent une fois ; une fenêtre dont le serveur s’est arrêté compte jusqu’à son dernier signe de vie.
admin-attendance-none = Personne n’est encore entré dans la salle.
admin-attendance-csv = Télécharger la présence en CSV
admin-attendance-arrivals = Arrivées au fil du temps (première entrée, par tranche de 10 minutes)
admin-attendance-per-segment = Participants par séquence
admin-attendance-attendees = Participants
admin-attendance-name = Nom
admin-attendance-email = Adresse e-mail
admin-attendance-minutes = Minutes
admin-attendance-segments = Séquences suivies
admin-attendance-arrived = Première entrée
admin-attendance-left = Dernière sortie
admin-attendance-certificate = Attestation
admin-attendance-certificate-open = Ouvrir l’attestation
admin-attendance-certificates = Attestations de présence
admin-attendance-issued = { $count ->
    [zero] Aucune attestation délivrée pour l’instant.
    [one] Une attestation délivrée.
   *[other] { $shown } attestations délivrées.
}
admin-attendance-threshold = Délivrer une attestation à toute personne présente au moins ce nombre de minutes
admin-attendance-threshold-invalid = Indiquez un nombre de minutes entre 0 et 100000.
admin-attendance-issue = Délivrer les attestations
certificate-title = Attestation de présence
certificate-certifies = Nous attestons que
certificate-attended = a participé à la conférence en ligne
certificate-minutes = { $count ->
    [one] pendant une minute
   *[other] pendant { $shown } minutes
}
certificate-segments = Séquences suivies
certificate-issued = Délivrée le { $date }.
certificate-verify = Cette attestation est authentique si cette adresse, sur le site de la conférence, l’affiche :
me-attendance = Votre présence
me-attendance-minutes = { $count ->
    [zero] Vous avez été dans la salle moins d’une minute.
    [one] Vous avez été dans la salle pendant une minute.
   *[other] Vous avez été dans la salle pendant { $shown } minutes.
}
me-attendance-segments = Séquences que vous avez suivies :
me-attendance-certificate = Votre attestation de présence

## A letter's signatories who asked to hear about it (issue 16)
letter-keep-informed = Me tenir informé·e par courriel de cette lettre (sa remise et les réponses reçues).
admin-mail-which-signatories = Signataires d’une lettre qui ont demandé à être tenus informés
admin-mail-letter = Lettre
admin-mail-no-letter = (aucune lettre)
admin-mail-error-letter = Choisissez la lettre dont les signataires doivent recevoir le message.
admin-mail-audience-signatories = Signataires de { $letter } ayant demandé à être tenus informés
mail-broadcast-footer-letter = Vous recevez ce message parce que vous avez signé { $letter } et demandé à être tenu·e informé·e à son sujet.

## Embeddable forms for partner sites (issue 16)
admin-settings-embed-origins = Sites partenaires autorisés à intégrer les formulaires d’inscription et de signature
admin-settings-embed-origins-hint = Une origine par ligne : schéma, hôte et port seulement, comme https://partenaire.example. Les formulaires sont à /LANGUE/embed/events/ÉVÉNEMENT/register et /LANGUE/embed/letters/LETTRE/sign.
admin-settings-error-embed-origin = « { $origin } » n’est pas une origine : indiquez seulement le schéma, l’hôte et le port, comme https://partenaire.example.

## The media library (issue 16)
admin-media-uploaded-named = « { $name } » a été envoyé sous le nom { $path }.
admin-media-search = Chercher par nom de fichier
admin-media-search-button = Chercher
admin-media-no-match = Aucun fichier ne correspond à cette recherche.
admin-media-col-file = Fichier
admin-media-col-kind = Type
admin-media-col-size = Taille
admin-media-col-measure = Dimensions ou durée
admin-media-col-used = Utilisé par
admin-media-unknown = inconnue
admin-media-unknown-name = (nom non conservé)
admin-media-unused = Inutilisé
admin-media-used-event = Événement : { $event }
admin-media-used-post = Publication : { $post }
admin-media-used-share-image = L’image de partage du site (réglages)
admin-media-delete = Supprimer
admin-media-in-use-hint = Un fichier utilisé ne peut pas être supprimé : retirez-le d’abord de là où il sert.
admin-media-error-in-use = { $path } est encore utilisé et n’a donc pas été supprimé. Utilisé par : { $uses }.
admin-media-deleted = { $path } a été supprimé.
admin-media-error-no-file = Ce fichier envoyé n’existe pas.

## Live captions (issue 17)
hall-captions = Sous-titres
hall-captions-off = Désactivés
hall-captions-apply = Afficher
hall-captions-size = Taille des sous-titres
hall-captions-smaller = Texte plus petit
hall-captions-larger = Texte plus grand
admin-captions = Sous-titres en direct
admin-captions-language = Sous-titres en
admin-captions-last = Dernières lignes
admin-captions-line = Ligne
admin-captions-hint = Entrée envoie la ligne. Pour corriger la dernière ligne : « Corriger la dernière ligne », Ctrl+Entrée, ou la flèche vers le haut sur une ligne vide pour la rappeler.
admin-captions-send = Envoyer
admin-captions-correct = Corriger la dernière ligne
admin-captions-ingest = Moteur de reconnaissance vocale
admin-captions-ingest-intro = Un moteur envoie les lignes avec le jeton de l’événement (Authorization: Bearer) à :
admin-captions-token-new = Le nouveau jeton, affiché seulement maintenant : copiez-le dans les réglages du moteur.
admin-captions-token-set = Un jeton est défini (depuis le { $at }).
admin-captions-token-none = Aucun jeton n’est défini : aucun moteur ne peut encore envoyer de lignes.
admin-captions-token-make = Créer un nouveau jeton
admin-captions-tracks = Pistes de sous-titres des enregistrements
admin-captions-tracks-intro = Enregistre les lignes de chaque séquence terminée qui a un enregistrement comme piste WebVTT, dans chaque langue qui n’a pas encore de piste.
admin-captions-tracks-save = Enregistrer les pistes
admin-captions-tracks-saved = { $count ->
    [zero] Aucune nouvelle piste à enregistrer.
    [one] { $shown } piste enregistrée.
   *[other] { $shown } pistes enregistrées.
}
admin-captions-too-fast = Trop de lignes à la fois ; attendez quelques secondes.
admin-captions-no-language = L’événement n’offre pas de sous-titres dans cette langue.
admin-captions-text = Écrivez une ligne d’au plus { $max } caractères.

## Event translations kept as drafts (the content file editor)
admin-source-draft-hint = Pour garder cette traduction hors du site public pendant que vous y travaillez, ajoutez la ligne draft = true à son en-tête : les visiteurs dans cette langue voient entre-temps le texte de la langue par défaut, et l’aperçu montre la traduction telle qu’elle sera. Supprimez la ligne pour la publier.

## ---------------------------------------------------------------------------
## The organisers' history in the reader's language (src/admin/web/audit_words.rs):
## each action's English text is the line the log stores; the rest names values.
audit-actor-command-line = ligne de commande
audit-action-person-added = ajout d’une personne
audit-action-person-added-as = ajout d’une personne comme { $role }
audit-action-signature-approved = signature acceptée
audit-action-registration-cancelled = inscription annulée
audit-action-role-changed = rôle modifié
audit-action-event-changed = événement modifié
audit-action-segment-changed = séquence en direct changée
audit-action-settings-changed = réglages du site modifiés
audit-action-mail-right-changed = droit d’envoyer des messages modifié
audit-action-poll-closed = sondage clos
audit-action-registration-confirmed = inscription confirmée
audit-action-chapter-created = section créée
audit-action-kind-created = type de publication créé
audit-action-post-created = publication créée
audit-action-event-created = événement créé
audit-action-event-copied = événement créé, copié de { $event }
audit-action-post-deleted = publication supprimée
audit-action-event-deleted = événement supprimé
audit-action-media-deleted = média supprimé
audit-action-person-disabled = compte d’une personne désactivé
audit-action-file-edited = fichier de contenu modifié
audit-action-post-edited = publication modifiée
audit-action-programme-edited = programme modifié
audit-action-speakers-edited = intervenantes modifiées
audit-action-person-enabled = compte d’une personne réactivé
audit-action-totp-enabled = connexion en deux étapes activée
audit-action-supporter-erased = sympathisant effacé
audit-action-poll-exported = résultats d’un sondage exportés
audit-action-attendance-exported = présences exportées
audit-action-registrations-exported = inscriptions exportées
audit-action-supporters-exported = sympathisants exportés
audit-action-certificates-issued = attestations de présence délivrées
audit-action-password-link = lien de mot de passe créé
audit-action-question-moderated = question de la salle modérée
audit-action-poll-opened = sondage ouvert
audit-action-announced = annonce publiée dans la salle
audit-action-poll-prepared = sondage préparé
audit-action-post-published = publication remise en ligne
audit-action-event-published = événement mis en ligne
audit-action-signature-removed = signature retirée
audit-action-mail-resent = message renvoyé
audit-action-job-retried = tâche échouée relancée
audit-action-link-revoked = lien personnel révoqué
audit-action-tracks-saved = sous-titres en direct enregistrés comme pistes des enregistrements
audit-action-message-sent = message envoyé
audit-action-password-set = mot de passe défini
audit-action-caption-token = jeton d’envoi des sous-titres défini
audit-action-signed-out = déconnexion partout
audit-action-post-translated = publication traduite
audit-action-post-unpublished = publication retirée du site
audit-action-event-unpublished = événement retiré du site
audit-action-media-uploaded = média téléversé
audit-action-announcement-withdrawn = annonce de la salle retirée
audit-subject-site = les réglages du site
audit-subject-supporters = les sympathisants
audit-subject-registration = inscription nº { $id }
audit-subject-signature = signature nº { $id }
audit-subject-supporter = sympathisant nº { $id }
audit-subject-job = tâche nº { $id }
audit-subject-poll = sondage nº { $id } de { $event }
audit-subject-question = question nº { $id } de { $event }
audit-subject-announcement = annonce nº { $id } de { $event }
audit-subject-post-version = { $post } ({ $language })
audit-separator = {" ; "}
audit-value-on = activée
audit-value-off = désactivée
audit-value-on-site = en ligne
audit-value-off-site = hors ligne
audit-value-failed = échouée
audit-value-waiting = en attente
audit-value-may-send = peut envoyer des messages
audit-value-may-not-send = ne peut pas envoyer de messages
audit-value-schedule = selon le programme
audit-value-published = publiée
audit-value-draft = brouillon
audit-value-unlimited = sans limite
audit-value-approved = acceptée
audit-value-hidden = masquée
audit-value-answered = répondue
audit-value-pinned = épinglée
audit-value-unpinned = désépinglée
audit-value-rows = lignes : { $count }
audit-value-votes = votes : { $count }
audit-value-segments = séquences : { $count }
audit-value-speakers = intervenantes : { $count }
audit-value-lines = lignes : { $count }
audit-value-recipients = destinataires : { $count }
audit-value-characters = caractères : { $count }
audit-value-certificates = attestations : { $count } (au moins { $minutes } min)
audit-value-places = places : { $value }
audit-value-starts = début : { $value }
audit-value-registration = inscriptions : { $value }
audit-value-contact = contact : { $value }
audit-value-hashtags = hashtags : { $value }
audit-value-hijri = calendrier hégirien : { $value }
audit-value-embeds = sites d’intégration : { $value }
audit-value-draft-starting = brouillon commençant le { $value }
audit-value-scheduled = programmée pour le { $value }
audit-value-mail-copy = copie du message « { $value } »
audit-value-role = rôle : { $role }
audit-value-role-of = { $role } de { $chapter }
audit-value-date-draft = { $date }, brouillon
audit-value-this-version = cette version : { $state }
audit-value-upload = { $name } ({ $bytes } octets)
audit-value-text = « { $title } », caractères : { $count }
audit-value-signable = { $kind } (à signer)
audit-value-new-post = { $kind } « { $title } » en { $language }, { $state }
admin-mail-kind-confirm = Lien de confirmation
admin-mail-kind-confirmed = Place confirmée
admin-mail-kind-waitlisted = Sur liste d’attente
admin-mail-kind-offer = Place proposée
admin-mail-kind-cancelled = Annulation
admin-mail-kind-expired = Expiration
admin-mail-kind-already-registered = Déjà inscrite
admin-mail-kind-reminder = Rappel
admin-supporters-from-form = Formulaire des nouvelles
admin-supporters-from-registration = Formulaire d’inscription
admin-supporters-from-signature = Signature d’une lettre
admin-job-kind-mail = Message
admin-job-kind-password-reset = Lien de mot de passe
admin-job-kind-broadcast = Envoi groupé
admin-job-kind-supporter-confirm = Confirmation de sympathisant
admin-job-kind-expire-offers = Offres qui expirent
admin-job-kind-queue-reminders = Rappels
admin-job-kind-prune-counters = Nettoyage des compteurs

## Event translations scheduled for an instant (the content file editor)
admin-mark-scheduled-for = programmée pour le { $when } ({ $zone })
admin-source-schedule-hint = Pour que cette traduction paraisse d’elle-même à une heure donnée, ajoutez plutôt à son en-tête une ligne comme publish_at = "2026-12-01T09:00:00+03:00" (l’instant avec son décalage) : jusque-là les visiteurs dans cette langue voient le texte de la langue par défaut, et la page, la recherche et le plan du site changent à cette heure sans autre démarche. Pas avec draft, ni dans le fichier de la langue par défaut.
