# waitlisted: All places are taken; the registration is on the waitlist.
# Variables: see templates/mail/README.md.

subject = You are on the waitlist: { $event }
body = All places at { $event } are taken, and you are number { $position } on the waitlist. If a place becomes free, we will offer it to you by e-mail.
action = Your registration
