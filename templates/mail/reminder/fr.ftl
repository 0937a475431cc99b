# reminder: Sent at each of the event's reminder offsets before doors open.
# Variables: see templates/mail/README.md.

subject = Bientôt : { $event }
body = Petit rappel : les portes de « { $event } » ouvrent { $when }. Utilisez votre lien personnel ci-dessous pour entrer dans la salle.
action = Votre inscription et votre lien vers la salle
