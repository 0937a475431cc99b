# Convene UI strings: French (fr). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# French plural categories (CLDR): one (0 and 1), many (exact millions: "1 000 000 de …"), other.

language-name-self = Français
skip-to-content = Aller au contenu
nav-main = Menu principal
nav-languages = Langues
nav-home = Accueil
footer-contact = Contact
footer-organiser = Organisé par { $organiser }
footer-powered = Propulsé par Convene

home-upcoming = À venir
home-past = Éditions précédentes
home-no-events = Aucun événement n’a encore été annoncé.
home-read-more = Détails et horaires

event-organiser = Organisé par { $organiser }
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
segment-speakers = Intervenantes
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

error-not-found-title = Page introuvable
error-not-found-text = Il n’y a aucune page à cette adresse. Le lien comporte peut-être une faute de frappe, ou la page a été déplacée.
error-bad-request-title = Impossible de comprendre cette adresse
error-bad-request-text = Une partie de l’adresse n’est pas valide : { $detail }
error-internal-title = Un problème est survenu de notre côté
error-internal-text = Le problème a été enregistré. Veuillez réessayer dans un instant.
error-back-home = Aller à la page d’accueil

lang-en = anglais
lang-ar = arabe
lang-ur = ourdou
lang-tr = turc
lang-id = indonésien
lang-fr = français

country-LB = Liban
country-TN = Tunisie
country-PK = Pakistan
country-ID = Indonésie
country-TR = Turquie
country-AU = Australie
