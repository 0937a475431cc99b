# offer: A place became free and is held for this person until it expires.
# Variables: see templates/mail/README.md.

subject = Une place s’est libérée pour vous : { $event }
body = Une place s’est libérée pour « { $event } » ({ $when }) et vous est réservée jusqu’au { $expires }. Acceptez-la d’ici là sur votre page personnelle ; sinon, elle sera proposée à la personne suivante sur la liste d’attente.
action = Accepter la place
