# offer: A place became free and is held for this person until it expires.
# Variables: see templates/mail/README.md.

subject = Sizin için bir yer boşaldı: { $event }
body = “{ $event }” ({ $when }) etkinliğinde bir yer boşaldı ve şu zamana kadar sizin için ayrıldı: { $expires }. Bu süre dolmadan yeri kişisel sayfanızdan kabul edin; aksi hâlde yer, bekleme listesindeki bir sonraki kişiye geçer.
action = Yeri kabul et
