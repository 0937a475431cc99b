# cancelled: The registration is cancelled.
# Variables: see templates/mail/README.md.

subject = Kaydınız iptal edildi: { $event }
body = “{ $event }” etkinliği için kaydınız iptal edildi. Fikrinizi değiştirirseniz, kayıtlar açık olduğu sürece yeniden kayıt olabilirsiniz.
action = Etkinlik sayfası
