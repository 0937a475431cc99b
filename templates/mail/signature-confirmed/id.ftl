# signature-confirmed: The signature counts; carries the link to withdraw it.
# Variables: see templates/mail/README.md.

subject = Tanda tangan Anda sudah dihitung: { $letter }
body = Tanda tangan Anda pada “{ $letter }” sudah dikonfirmasi. Jika suatu saat Anda ingin menariknya sekaligus menghapus data Anda, gunakan tautan di bawah ini.
action = Tarik tanda tangan saya
