# confirm: Please confirm your registration (double opt-in); the link expires.
# Variables: see templates/mail/README.md.

subject = Please confirm your registration: { $event }
body = Thank you for registering for { $event } ({ $when }). Please confirm with the link below; until you do, no place is held for you. The link works until { $expires }.
action = Confirm my registration
