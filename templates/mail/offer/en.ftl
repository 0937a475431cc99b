# offer: A place became free and is held for this person until it expires.
# Variables: see templates/mail/README.md.

subject = A place is free for you: { $event }
body = A place at { $event } ({ $when }) has become free and is held for you until { $expires }. Accept it on your personal page before then, or it goes to the next person on the waitlist.
action = Accept the place
