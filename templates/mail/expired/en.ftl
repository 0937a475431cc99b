# expired: The offered place was not accepted in time.
# Variables: see templates/mail/README.md.

subject = Your offer has expired: { $event }
body = The place we held for you at { $event } was not accepted in time and has gone to the next person. You can register again while registration is open.
action = The event page
