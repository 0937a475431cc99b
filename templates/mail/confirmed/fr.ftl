# confirmed: The place is confirmed; carries the personal link and the calendar file.
# Variables: see templates/mail/README.md.

subject = Votre place est confirmée : { $event }
body = Votre place pour « { $event } » est confirmée. Ouverture de la salle : { $when }. Votre lien personnel ci-dessous affiche votre inscription et vous permettra d’entrer dans la salle ; gardez-le pour vous. Un fichier de calendrier est joint à ce message.
action = Votre inscription et le lien vers la salle
