# cancelled: The registration is cancelled.
# Variables: see templates/mail/README.md.

subject = Your registration is cancelled: { $event }
body = Your registration for { $event } is cancelled. If you change your mind, you can register again while registration is open.
action = The event page
