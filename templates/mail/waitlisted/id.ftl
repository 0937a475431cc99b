# waitlisted: All places are taken; the registration is on the waitlist.
# Variables: see templates/mail/README.md.

subject = Anda masuk daftar tunggu: { $event }
body = Semua tempat di “{ $event }” sudah terisi, dan Anda berada di urutan { $position } dalam daftar tunggu. Jika ada tempat yang kosong, kami akan menawarkannya kepada Anda melalui email.
action = Pendaftaran Anda
