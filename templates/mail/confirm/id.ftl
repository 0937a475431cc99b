# confirm: Please confirm your registration (double opt-in); the link expires.
# Variables: see templates/mail/README.md.

subject = Mohon konfirmasi pendaftaran Anda: { $event }
body = Terima kasih telah mendaftar ke “{ $event }” ({ $when }). Mohon konfirmasi melalui tautan di bawah ini; sebelum Anda mengonfirmasi, belum ada tempat yang disediakan untuk Anda. Tautan ini berlaku hingga { $expires }.
action = Konfirmasi pendaftaran saya
