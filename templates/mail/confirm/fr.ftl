# confirm: Please confirm your registration (double opt-in); the link expires.
# Variables: see templates/mail/README.md.

subject = Merci de confirmer votre inscription : { $event }
body = Merci pour votre inscription à « { $event } » ({ $when }). Veuillez la confirmer à l’aide du lien ci-dessous ; tant que vous ne l’avez pas fait, aucune place ne vous est réservée. Ce lien est valable jusqu’au { $expires }.
action = Confirmer mon inscription
