# cancelled: The registration is cancelled.
# Variables: see templates/mail/README.md.

subject = Votre inscription est annulée : { $event }
body = Votre inscription à « { $event } » est annulée. Si vous changez d’avis, vous pouvez vous réinscrire tant que les inscriptions sont ouvertes.
action = La page de l’événement
