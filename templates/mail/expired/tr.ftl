# expired: The offered place was not accepted in time.
# Variables: see templates/mail/README.md.

subject = Size ayrılan yerin süresi doldu: { $event }
body = “{ $event }” etkinliğinde sizin için ayırdığımız yer zamanında kabul edilmediği için bir sonraki kişiye geçti. Kayıtlar açık olduğu sürece yeniden kayıt olabilirsiniz.
action = Etkinlik sayfası
