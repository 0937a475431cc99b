#!/bin/bash
# Generates the demo media for Convene (fictional, drawn from scratch; nothing downloaded).
set -euo pipefail
OUT=/work/main/content/demo/media
W=/tmp/gen/m
mkdir -p "$OUT" "$W"
cd "$W"

# ---------- text layers (Pango does the Arabic/Urdu shaping)
convert -background none -size 600x -gravity center pango:'<span font="Noto Sans Bold 36" foreground="white">Water for Every Home</span>
<span font="Noto Sans 22" foreground="#cdeffd">Challenges and Solutions</span>' L1.png
convert -background none -size 600x -gravity center pango:'<span font="Noto Naskh Arabic Bold 36" foreground="white">الماء لكل بيت</span>
<span font="Noto Nastaliq Urdu 24" foreground="#cdeffd">ہر گھر کے لیے پانی</span>' L2.png
convert -background none -size 600x -gravity center pango:'<span font="Noto Sans Bold 24" foreground="white">#WaterForEveryHome   #EveryDropCounts</span>
<span font="Noto Sans 16" foreground="#cdeffd">Women’s Committee of the Global Water Alliance</span>' L3.png
convert -background none -size 600x -gravity center pango:'<span font="Noto Sans Bold 22" foreground="white">Water for Every Home</span>
<span font="Noto Sans 15" foreground="#cdeffd">Recording · first edition · demo clip</span>' R1.png
for f in L1 L2 L3 R1; do convert $f.png -depth 8 PNG32:$f.png; done

# ---------- animated water background (geq), 640x360
S='(215+10*sin(X/50+1.6*T)+5*sin(X/19-2.3*T))'          # water surface
S2='(285+7*sin(X/33-1.1*T+1)+3*sin(X/13+1.7*T))'        # a deeper swell line
D="(Y-$S)"
SHIM='(8*sin(X/13+Y/7+3*T)*sin(X/29-Y/11-1.7*T))'
# falling drop (T<1) and ripple (1<T<3.5) at x=320
DROP="lt(T,1)*lt(hypot(X-320,Y-(-12+227*T*T)),6)"
RIP="gt(T,1)*lt(T,3.5)*lt(abs(hypot(X-320,(Y-216)*3.2)-95*(T-1)),2.2)*(3.5-T)/2.5"
SURF="lt(abs($D),1.6)"
LINE2="gt(Y,$S)*lt(abs(Y-$S2),1.2)"
R="if(lt(Y,$S), 11+Y*0.05, 4+$SHIM*0.3-$D*0.02) + 150*$SURF + 60*$LINE2 + 200*$DROP + 170*$RIP"
G="if(lt(Y,$S), 37+Y*0.15, 118+$SHIM-$D*0.35) + 110*$SURF + 40*$LINE2 + 200*$DROP + 140*$RIP"
B="if(lt(Y,$S), 69+Y*0.25, 176+$SHIM-$D*0.45) + 75*$SURF + 30*$LINE2 + 200*$DROP + 80*$RIP"

ffmpeg -y -hide_banner -loglevel error \
  -f lavfi -i "color=c=black:s=640x360:r=24:d=9,format=rgb24,geq=r='clip($R,0,255)':g='clip($G,0,255)':b='clip($B,0,255)'" \
  -c:v ffv1 bg.mkv

AUDIO="anoisesrc=color=brown:amplitude=0.5:sample_rate=48000:seed=7,lowpass=f=500,highpass=f=60,tremolo=f=0.35:d=0.6,volume=0.7"

ffmpeg -y -hide_banner -loglevel error \
  -i bg.mkv \
  -loop 1 -framerate 24 -t 9 -i L1.png \
  -loop 1 -framerate 24 -t 9 -i L2.png \
  -loop 1 -framerate 24 -t 9 -i L3.png \
  -f lavfi -t 9 -i "$AUDIO" \
  -filter_complex "
    [1]format=rgba,fade=in:st=0.9:d=0.5:alpha=1,fade=out:st=2.9:d=0.4:alpha=1[a];
    [2]format=rgba,fade=in:st=3.3:d=0.4:alpha=1,fade=out:st=5.8:d=0.4:alpha=1[b];
    [3]format=rgba,fade=in:st=6.2:d=0.4:alpha=1[c];
    [0][a]overlay=x=(W-w)/2:y=(200-h)/2:enable='between(t,0.9,3.3)'[v1];
    [v1][b]overlay=x=(W-w)/2:y=(200-h)/2:enable='between(t,3.3,6.2)'[v2];
    [v2][c]overlay=x=(W-w)/2:y=(200-h)/2:enable='gte(t,6.2)',fade=in:st=0:d=0.4,fade=out:st=8.5:d=0.5,format=yuv420p[v];
    [4]afade=in:st=0:d=1,afade=out:st=8:d=1[aud]" \
  -map "[v]" -map "[aud]" -t 9 -c:v ffv1 -c:a pcm_s16le trailer-master.mkv

ffmpeg -y -hide_banner -loglevel error -i trailer-master.mkv \
  -c:v libvpx-vp9 -b:v 0 -crf 42 -deadline good -cpu-used 2 -row-mt 1 -pix_fmt yuv420p \
  -c:a libopus -b:a 24k -ac 1 "$OUT/trailer.webm"
ffmpeg -y -hide_banner -loglevel error -i trailer-master.mkv \
  -c:v libx264 -preset slow -crf 30 -pix_fmt yuv420p -profile:v main -movflags +faststart \
  -c:a aac -b:a 32k -ac 1 "$OUT/trailer.mp4"
ffmpeg -y -hide_banner -loglevel error -ss 2.0 -i trailer-master.mkv -frames:v 1 poster.png
# A photo-like frame: JPEG at 80 is a third of the PNG8 (the poster is in every event page).
convert poster.png -strip -quality 80 -sampling-factor 4:2:0 -interlace JPEG "$OUT/trailer-poster.jpg"

# ---------- recording clip (5 s), reused for every segment of the past edition
ffmpeg -y -hide_banner -loglevel error \
  -ss 4 -t 5 -i bg.mkv \
  -loop 1 -framerate 24 -t 5 -i R1.png \
  -f lavfi -t 5 -i "anoisesrc=color=brown:amplitude=0.4:sample_rate=48000:seed=11,lowpass=f=400,highpass=f=60,volume=0.5" \
  -filter_complex "
    [0]setpts=PTS-STARTPTS,drawbox=x=16:y=16:w=14:h=14:color=0xe04040@0.9:t=fill:enable='lt(mod(t,1),0.6)'[bg];
    [1]format=rgba[t];
    [bg][t]overlay=x=(W-w)/2:y=(200-h)/2,fade=in:st=0:d=0.3,fade=out:st=4.6:d=0.4,format=yuv420p[v];
    [2]afade=in:st=0:d=0.5,afade=out:st=4.3:d=0.7[aud]" \
  -map "[v]" -map "[aud]" -t 5 \
  -c:v libvpx-vp9 -b:v 0 -crf 44 -deadline good -cpu-used 2 -row-mt 1 \
  -c:a libopus -b:a 20k -ac 1 "$OUT/recording.webm"

# ---------- Open Graph card 1200x630
convert -size 1200x630 gradient:'#0b2545-#13657a' \
  \( -size 1200x630 xc:none -fill '#1f8fb8' -stroke none \
     -draw "path 'M 0 430 C 150 390, 300 470, 450 430 S 750 390, 900 430 S 1100 470, 1200 430 L 1200 630 L 0 630 Z'" \) -composite \
  \( -size 1200x630 xc:none -fill '#0f6f94' \
     -draw "path 'M 0 500 C 200 470, 350 540, 600 500 S 950 470, 1200 505 L 1200 630 L 0 630 Z'" \) -composite \
  \( -size 1200x630 xc:none -fill none -stroke '#bfe9f7' -strokewidth 3 \
     -draw "path 'M 0 430 C 150 390, 300 470, 450 430 S 750 390, 900 430 S 1100 470, 1200 430'" \) -composite \
  \( -size 1200x630 xc:none -fill '#cdeffd' -stroke none \
     -draw "path 'M 1060 90 C 1060 90, 1010 160, 1010 190 A 50 50 0 0 0 1110 190 C 1110 160, 1060 90, 1060 90 Z'" \) -composite \
  \( -background none -size 900x -gravity west pango:'<span font="Noto Sans Bold 58" foreground="white">Water for Every Home</span>
<span font="Noto Sans 32" foreground="#cdeffd">Challenges and Solutions</span>' \) -gravity northwest -geometry +70+70 -composite \
  \( -background none -size 900x -gravity west pango:'<span font="Noto Naskh Arabic Bold 34" foreground="white">الماء لكل بيت</span>    <span font="Noto Nastaliq Urdu 24" foreground="#cdeffd">ہر گھر کے لیے پانی</span>' \) -gravity northwest -geometry +70+265 -composite \
  \( -background none -size 1060x -gravity west pango:'<span font="Noto Sans Bold 28" foreground="white">#WaterForEveryHome   #EveryDropCounts</span>
<span font="Noto Sans 22" foreground="#e6f7fd">An online conference for women · Women’s Committee of the Global Water Alliance</span>' \) -gravity northwest -geometry +70+520 -composite \
  -strip -colors 160 PNG8:"$OUT/og-card.png"

ls -l "$OUT"
