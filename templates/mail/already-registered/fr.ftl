# already-registered: Someone registered an address that is already registered.
# Variables: see templates/mail/README.md.

subject = Votre inscription : { $event }
body = Quelqu’un, sans doute vous-même, a tenté d’inscrire à nouveau cette adresse à « { $event } ». Elle est déjà inscrite ; votre lien personnel figure ci-dessous.
action = Votre inscription
