# cancelled: The registration is cancelled.
# Variables: see templates/mail/README.md.

subject = تمّ إلغاء تسجيلك: { $event }
body = تمّ إلغاء تسجيلك في «{ $event }». وإذا عدلتِ عن رأيك، فبإمكانك التسجيل من جديد ما دام باب التسجيل مفتوحًا.
action = صفحة الفعالية
