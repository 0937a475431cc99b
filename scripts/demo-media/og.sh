#!/bin/bash
set -euo pipefail
OUT=/work/main/content/demo/media
WAVE1="M -10 430 C 150 390, 300 470, 450 430 S 750 390, 900 430 S 1100 470, 1210 430 L 1210 640 L -10 640 Z"
WAVE2="M -10 500 C 200 470, 350 540, 600 500 S 950 470, 1210 505 L 1210 640 L -10 640 Z"
convert -size 1200x630 gradient:'#0b2545-#13657a' \
  \( -size 1200x630 xc:none -fill '#1f8fb8' -stroke '#bfe9f7' -strokewidth 3 -draw "path '$WAVE1'" \) -composite \
  \( -size 1200x630 xc:none -fill '#0f6f94' -stroke '#5fb8d8' -strokewidth 2 -draw "path '$WAVE2'" \) -composite \
  \( -size 1200x630 xc:none -fill '#cdeffd' -stroke none \
     -draw "path 'M 1060 80 C 1060 80, 1000 160, 1000 195 A 60 60 0 0 0 1120 195 C 1120 160, 1060 80, 1060 80 Z'" \
     -fill none -stroke '#ffffff' -strokewidth 5 -draw "path 'M 1030 200 A 30 30 0 0 0 1055 228'" \) -composite \
  \( -background none -define pango:align=left -size 900x pango:'<span font="Noto Sans Bold 58" foreground="white">Water for Every Home</span>
<span font="Noto Sans 32" foreground="#cdeffd">Challenges and Solutions</span>' -trim +repage \) -gravity northwest -geometry +70+70 -composite \
  \( -background none -define pango:align=left -size 900x pango:'<span font="Noto Naskh Arabic Bold 34" foreground="white">الماء لكل بيت</span>     <span font="Noto Nastaliq Urdu 24" foreground="#cdeffd">ہر گھر کے لیے پانی</span>' -trim +repage \) -gravity northwest -geometry +70+275 -composite \
  \( -background none -size 1100x -define pango:align=left pango:'<span font="Noto Sans Bold 28" foreground="white">#WaterForEveryHome   #EveryDropCounts</span>' -trim +repage \) -gravity northwest -geometry +70+528 -composite \
  \( -background none -size 1100x -define pango:align=left pango:'<span font="Noto Sans 19" foreground="#e6f7fd">An online conference for women · Women’s Committee of the Global Water Alliance</span>' -trim +repage \) -gravity northwest -geometry +70+575 -composite \
  -strip -colors 160 PNG8:"$OUT/og-card.png"
