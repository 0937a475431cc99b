# already-registered: Someone registered an address that is already registered.
# Variables: see templates/mail/README.md.

subject = Kaydınız: { $event }
body = Birisi, büyük olasılıkla siz, bu adresi “{ $event }” etkinliğine yeniden kaydetmeye çalıştı. Bu adres zaten kayıtlı; kişisel bağlantınız aşağıda.
action = Kaydınız
