# signature-confirm: Please confirm your signature of an open letter.
# Variables: see templates/mail/README.md.

subject = Merci de confirmer votre signature : { $letter }
body = Merci d’avoir signé « { $letter } ». Veuillez confirmer votre signature à l’aide du lien ci-dessous ; tant que vous ne l’avez pas fait, elle n’est pas comptabilisée.
action = Confirmer ma signature
