# confirmed: The place is confirmed; carries the personal link and the calendar file.
# Variables: see templates/mail/README.md.

subject = Tempat Anda sudah dikonfirmasi: { $event }
body = Tempat Anda di “{ $event }” sudah dikonfirmasi. Ruang dibuka pada { $when }. Tautan pribadi Anda di bawah ini menampilkan pendaftaran Anda sekaligus akan membawa Anda masuk ke ruang acara; mohon jangan dibagikan kepada siapa pun. File kalender kami lampirkan pada email ini.
action = Pendaftaran Anda dan tautan ke ruang acara
