# signature-confirmed: The signature counts; carries the link to withdraw it.
# Variables: see templates/mail/README.md.

subject = Your signature counts: { $letter }
body = Your signature of "{ $letter }" is confirmed. If you ever want to withdraw it, and delete your data with it, use the link below.
action = Withdraw my signature
