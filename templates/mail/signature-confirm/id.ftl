# signature-confirm: Please confirm your signature of an open letter.
# Variables: see templates/mail/README.md.

subject = Mohon konfirmasi tanda tangan Anda: { $letter }
body = Terima kasih telah menandatangani “{ $letter }”. Mohon konfirmasi melalui tautan di bawah ini; sebelum Anda mengonfirmasi, tanda tangan Anda belum dihitung.
action = Konfirmasi tanda tangan saya
