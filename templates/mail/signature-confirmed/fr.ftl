# signature-confirmed: The signature counts; carries the link to withdraw it.
# Variables: see templates/mail/README.md.

subject = Votre signature est comptabilisée : { $letter }
body = Votre signature de « { $letter } » est confirmée. Si vous souhaitez un jour la retirer, et supprimer vos données avec elle, utilisez le lien ci-dessous.
action = Retirer ma signature
