# offer: A place became free and is held for this person until it expires.
# Variables: see templates/mail/README.md.

subject = Ada tempat kosong untuk Anda: { $event }
body = Sebuah tempat di “{ $event }” ({ $when }) kini kosong dan kami simpan untuk Anda hingga { $expires }. Terima tempat tersebut di halaman pribadi Anda sebelum waktu itu; jika tidak, tempat ini akan diberikan kepada orang berikutnya dalam daftar tunggu.
action = Terima tempat
