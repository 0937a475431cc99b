# waitlisted: All places are taken; the registration is on the waitlist.
# Variables: see templates/mail/README.md.

subject = أُضيف اسمك إلى قائمة الانتظار: { $event }
body = جميع المقاعد في «{ $event }» محجوزة، ورقمك في قائمة الانتظار هو { $position }. وإذا شغر مقعد، فسنعرضه عليك عبر البريد الإلكتروني.
action = تسجيلك
