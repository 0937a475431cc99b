# confirmed: The place is confirmed; carries the personal link and the calendar file.
# Variables: see templates/mail/README.md.

subject = تمّ تأكيد مقعدك: { $event }
body = تمّ تأكيد مقعدك في «{ $event }». موعد فتح القاعة: { $when }. يعرض رابطك الشخصي أدناه تفاصيل تسجيلك، ومنه تدخلين إلى القاعة؛ يُرجى الاحتفاظ به لنفسك وعدم مشاركته مع أحد. وقد أرفقنا بهذه الرسالة ملف تقويم.
action = تسجيلك ورابط الدخول إلى القاعة
