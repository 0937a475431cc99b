# reminder: Sent at each of the event's reminder offsets before doors open.
# Variables: see templates/mail/README.md.

subject = Starting soon: { $event }
body = This is a reminder: { $event } opens its doors { $when }. Use your personal link below to enter the hall.
action = Enter the online hall
