# waitlisted: All places are taken; the registration is on the waitlist.
# Variables: see templates/mail/README.md.

subject = Vous êtes sur la liste d’attente : { $event }
body = Toutes les places pour « { $event } » sont prises, et vous êtes en position { $position } sur la liste d’attente. Si une place se libère, nous vous la proposerons par e-mail.
action = Votre inscription
