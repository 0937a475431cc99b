# confirmed: The place is confirmed; carries the personal link and the calendar file.
# Variables: see templates/mail/README.md.

subject = Yeriniz onaylandı: { $event }
body = “{ $event }” etkinliğindeki yeriniz onaylandı. Salonun açılış zamanı: { $when }. Aşağıdaki kişisel bağlantınız kaydınızı gösterir ve sizi salona götürür; lütfen bu bağlantıyı kimseyle paylaşmayın. Takvim dosyası bu e-postanın ekindedir.
action = Kaydınız ve salon bağlantınız
