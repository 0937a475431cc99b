# already-registered: Someone registered an address that is already registered.
# Variables: see templates/mail/README.md.

subject = Your registration: { $event }
body = Someone, probably you, tried to register this address again for { $event }. It is already registered; your personal link is below.
action = Your registration
