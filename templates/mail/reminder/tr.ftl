# reminder: Sent at each of the event's reminder offsets before doors open.
# Variables: see templates/mail/README.md.

subject = Yakında başlıyor: { $event }
body = Hatırlatma: “{ $event }” salonunun kapıları şu zamanda açılıyor: { $when }. Salona girmek için aşağıdaki kişisel bağlantınızı kullanın.
action = Kaydınız ve salon bağlantınız
