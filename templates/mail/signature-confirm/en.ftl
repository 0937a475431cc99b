# signature-confirm: Please confirm your signature of an open letter.
# Variables: see templates/mail/README.md.

subject = Please confirm your signature: { $letter }
body = Thank you for signing "{ $letter }". Please confirm with the link below; until you do, your signature does not count.
action = Confirm my signature
