#!/bin/bash
# Generates the demo's interpretation channels (nothing recorded or downloaded): three
# synthetic "voices" for the demo stream — speech-like sound (noise shaped into syllables and
# pauses) at a different pitch per language, each phrase of ten seconds opening with its own signal (Arabic two
# low beeps, English three high ones, Urdu one long one), so a listener hears the channel
# change. Arabic and English become audio renditions of the stream's HLS playlist
# (EXT-X-MEDIA TYPE=AUDIO with LANGUAGE); Urdu a separate audio-only stream. Needs
# Debian's ffmpeg.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$HERE/content/demo/media/live}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$OUT"
rm -f "$OUT"/*_ar* "$OUT"/*_en* "$OUT"/*ur*
# As long as the demo stream (media/live: 30 s).
SECONDS_LONG=30

# A voice: a signal, then band-passed noise switched on and off at syllable rate, with
# phrase pauses. $1 name, $2 centre frequency of the band, $3 syllables per second,
# $4 the signal (an aevalsrc expression).
voice() {
  ffmpeg -y -hide_banner -loglevel error \
    -f lavfi -t "$SECONDS_LONG" -i "anoisesrc=color=pink:amplitude=0.8:sample_rate=48000:seed=11" \
    -f lavfi -t "$SECONDS_LONG" -i "aevalsrc='$4':s=48000" \
    -filter_complex "
      [0]bandpass=f=$2:width_type=h:w=$(( $2 / 2 )),
         volume='if(lt(mod(t,10),1.2),0,if(lt(mod(t,3),2.4),0.5+0.5*sin(2*PI*$3*t),0))':eval=frame,
         volume=4[speech];
      [speech][1]amix=inputs=2:normalize=0,afade=in:d=0.2,afade=out:st=$(( SECONDS_LONG - 1 )):d=1,
         aformat=channel_layouts=mono[out]" \
    -map "[out]" -c:a pcm_s16le "$W/$1.wav"
}
voice ar 500 4 "0.4*sin(2*PI*440*t)*(lt(mod(t,10),0.2)+between(mod(t,10),0.35,0.55))"
voice en 1100 5 "0.4*sin(2*PI*880*t)*(lt(mod(t,10),0.15)+between(mod(t,10),0.3,0.45)+between(mod(t,10),0.6,0.75))"
voice ur 750 3.5 "0.4*sin(2*PI*660*t)*lt(mod(t,10),0.7)"

# Arabic (the proceedings, default) and English as audio renditions of the demo stream's
# playlist (media/live, see content/demo/README.md): the video variant takes its sound from
# them.
for lang in ar en; do
  ffmpeg -y -hide_banner -loglevel error -i "$W/$lang.wav" -c:a aac -b:a 24k -ac 1 \
    -f hls -hls_time 4 -hls_playlist_type vod -hls_segment_type fmp4 \
    -hls_fmp4_init_filename "init_$lang.mp4" -hls_segment_filename "$OUT/seg_${lang}_%03d.m4s" \
    "$OUT/stream_$lang.m3u8"
done
# Urdu: a separate audio-only stream, the other way an organiser can carry a channel.
ffmpeg -y -hide_banner -loglevel error -i "$W/ur.wav" -c:a aac -b:a 24k -ac 1 \
  -f hls -hls_time 4 -hls_playlist_type vod -hls_segment_type fmp4 \
  -hls_fmp4_init_filename "init_ur.mp4" -hls_segment_filename "$OUT/seg_ur_%03d.m4s" \
  "$OUT/ur.m3u8"

# The video variant without a sound of its own (once): beside audio renditions, a variant
# with muxed audio makes hls.js fail ("Attempting to append to the audio SourceBuffer, but it
# does not exist"). Same file names, so the playlist and what names its files stay valid.
if ffprobe -v error -select_streams a -show_entries stream=index -of csv=p=0 "$OUT/init.mp4" | grep -q .; then
  mkdir -p "$W/v"
  (cd "$W/v" && ffmpeg -y -hide_banner -loglevel error -i "$OUT/stream_0.m3u8" -map 0:v -c copy \
    -f hls -hls_time 4 -hls_playlist_type vod -hls_flags independent_segments -hls_segment_type fmp4 \
    -hls_fmp4_init_filename init.mp4 -hls_segment_filename 'seg_0_%03d.m4s' stream_0.m3u8)
  cp "$W"/v/* "$OUT"/
fi

# The renditions in the main playlist (once).
if ! grep -q 'TYPE=AUDIO' "$OUT/index.m3u8"; then
  sed -i -e '/^#EXT-X-STREAM-INF/i #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="voices",NAME="العربية",DEFAULT=YES,AUTOSELECT=YES,LANGUAGE="ar",CHANNELS="1",URI="stream_ar.m3u8"\n#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="voices",NAME="English",DEFAULT=NO,AUTOSELECT=YES,LANGUAGE="en",CHANNELS="1",URI="stream_en.m3u8"' \
    -e '/^#EXT-X-STREAM-INF/ s/$/,AUDIO="voices"/' "$OUT/index.m3u8"
fi
