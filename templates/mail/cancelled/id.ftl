# cancelled: The registration is cancelled.
# Variables: see templates/mail/README.md.

subject = Pendaftaran Anda telah dibatalkan: { $event }
body = Pendaftaran Anda untuk “{ $event }” telah dibatalkan. Jika Anda berubah pikiran, Anda dapat mendaftar kembali selama pendaftaran masih dibuka.
action = Halaman acara
