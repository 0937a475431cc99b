# reminder: Sent at each of the event's reminder offsets before doors open.
# Variables: see templates/mail/README.md.

subject = قريبًا: { $event }
body = تذكير: تُفتح قاعة «{ $event }» في { $when }. استخدمي رابطك الشخصي أدناه لدخول القاعة.
action = تسجيلكِ ورابط دخول القاعة
