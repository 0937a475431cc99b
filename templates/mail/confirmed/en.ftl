# confirmed: The place is confirmed; carries the personal link and the calendar file.
# Variables: see templates/mail/README.md.

subject = Your place is confirmed: { $event }
body = Your place at { $event } is confirmed. The hall opens { $when }. Your personal link below shows your registration and will take you into the hall; keep it to yourself. A calendar file is attached.
action = Your registration and hall link
