# expired: The offered place was not accepted in time.
# Variables: see templates/mail/README.md.

subject = انتهت مهلة المقعد المعروض عليك: { $event }
body = لم يُقبَل المقعد الذي حجزناه لك في «{ $event }» في الوقت المحدد، فانتقل إلى الشخص التالي. بإمكانك التسجيل من جديد ما دام باب التسجيل مفتوحًا.
action = صفحة الفعالية
