# reminder: Sent at each of the event's reminder offsets before doors open.
# Variables: see templates/mail/README.md.

subject = Segera dimulai: { $event }
body = Pengingat: ruang “{ $event }” dibuka pada { $when }. Gunakan tautan pribadi Anda di bawah ini untuk masuk ke ruang.
action = Pendaftaran dan tautan ruang Anda
