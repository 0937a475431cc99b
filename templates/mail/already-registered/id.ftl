# already-registered: Someone registered an address that is already registered.
# Variables: see templates/mail/README.md.

subject = Pendaftaran Anda: { $event }
body = Seseorang, kemungkinan besar Anda sendiri, mencoba mendaftarkan alamat ini lagi untuk “{ $event }”. Alamat ini sudah terdaftar; tautan pribadi Anda ada di bawah ini.
action = Pendaftaran Anda
