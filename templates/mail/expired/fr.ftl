# expired: The offered place was not accepted in time.
# Variables: see templates/mail/README.md.

subject = La place proposée n’est plus disponible : { $event }
body = La place que nous vous avions réservée pour « { $event } » n’a pas été acceptée à temps et a été attribuée à la personne suivante. Vous pouvez vous réinscrire tant que les inscriptions sont ouvertes.
action = La page de l’événement
