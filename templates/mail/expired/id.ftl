# expired: The offered place was not accepted in time.
# Variables: see templates/mail/README.md.

subject = Masa penawaran tempat Anda telah berakhir: { $event }
body = Tempat yang kami simpan untuk Anda di “{ $event }” tidak diterima tepat waktu sehingga telah diberikan kepada orang berikutnya. Anda dapat mendaftar kembali selama pendaftaran masih dibuka.
action = Halaman acara
