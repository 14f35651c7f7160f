#!/usr/bin/env bash
# Remakes the sample storybook's two recordings: a synthetic voice (espeak-ng) reading lines
# written for the sample, the captions timed from the speech itself, and for the video a
# plain colour card (ffmpeg). The results are committed; tests do not run this.
#   bash scripts/make-sample-media.sh        (needs: sudo apt-get install espeak-ng ffmpeg)
set -euo pipefail
cd "$(dirname "$0")/.."
for t in espeak-ng ffmpeg ffprobe; do
  command -v "$t" >/dev/null || { echo "needs $t: sudo apt-get install espeak-ng ffmpeg" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
GAP=0.35

# say OUT.vtt OUT.wav "voice|Name|text" …: speaks each line, joins them with short pauses
# and writes captions whose times are the lines' real lengths.
say() {
  local vtt=$1 wav=$2; shift 2
  local t=0 n=0 list="$work/list.txt"
  : >"$list"
  printf 'WEBVTT\n' >"$vtt"
  ffmpeg -v error -y -f lavfi -i anullsrc=r=22050:cl=mono -t "$GAP" "$work/gap.wav"
  for line in "$@"; do
    IFS='|' read -r voice name text <<<"$line"
    n=$((n + 1))
    espeak-ng -v "$voice" -s 150 -w "$work/raw$n.wav" "$text"
    ffmpeg -v error -y -i "$work/raw$n.wav" -ar 22050 -ac 1 "$work/l$n.wav"
    local d
    d=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/l$n.wav")
    local end
    end=$(awk "BEGIN { print $t + $d }")
    printf '\n%s --> %s\n<v %s>%s\n' "$(stamp "$t")" "$(stamp "$end")" "$name" "$text" >>"$vtt"
    printf "file '%s'\nfile '%s'\n" "$work/l$n.wav" "$work/gap.wav" >>"$list"
    t=$(awk "BEGIN { print $end + $GAP }")
  done
  ffmpeg -v error -y -f concat -safe 0 -i "$list" -c copy "$wav"
}

stamp() { # seconds → mm:ss.ttt
  local ms
  ms=$(awk "BEGIN { printf \"%.0f\", $1 * 1000 }")
  printf '%02d:%02d.%03d' $((ms / 60000)) $((ms / 1000 % 60)) $((ms % 1000))
}

audio=stories/lived-experience/the-kettle-on-at-four
say "$audio/conversation.vtt" "$work/audio.wav" \
  "en-gb+f3|Interviewer|What helped, in the end?" \
  "en-gb|Ade|Honestly? Tea at four o'clock. My neighbour Joy put the kettle on every afternoon, and left her door open." \
  "en-gb|Ade|At first I just waved. Then one day I went in. Nobody asked me how I was coping. We talked about her tomatoes." \
  "en-gb+f3|Interviewer|And now?" \
  "en-gb|Ade|Now I put the kettle on too. There are two open doors on our street instead of one." \
  "en-gb+f3|Interviewer|This is a sample recording. The voices are made by a computer."
ffmpeg -v error -y -i "$work/audio.wav" -c:a libmp3lame -b:a 32k -ar 22050 -ac 1 \
  -map_metadata -1 -fflags +bitexact "$audio/conversation.mp3"

video=stories/lived-experience/one-stop-at-a-time
say "$video/one-stop-at-a-time.vtt" "$work/video.wav" \
  "en-gb+f2|Mira|This is a sample video for storypress. My voice is synthetic, made with a program called espeak." \
  "en-gb+f2|Mira|After my mum died, I stopped taking the bus. Crowds felt like too much." \
  "en-gb+f2|Mira|A peer supporter called Dee rode the number twelve with me, one stop at a time." \
  "en-gb+f2|Mira|The first week, we got off after one stop. By the sixth week, I rode to the market and back on my own." \
  "en-gb+f2|Mira|I still sit near the door. But I go."
len=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/video.wav")
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
ffmpeg -v error -y -f lavfi -i "color=c=0x2c6b61:s=640x360:r=10:d=$len" -i "$work/video.wav" \
  -vf "drawtext=fontfile=$font:text='One stop at a time':fontcolor=white:fontsize=40:x=(w-tw)/2:y=h/2-50,drawtext=fontfile=$font:text='A synthetic sample video':fontcolor=white:fontsize=22:x=(w-tw)/2:y=h/2+10" \
  -c:v libx264 -preset veryslow -crf 30 -pix_fmt yuv420p -tune stillimage \
  -c:a aac -b:a 32k -ac 1 -shortest -map_metadata -1 -fflags +bitexact -movflags +faststart \
  "$video/one-stop-at-a-time.mp4"
ffmpeg -v error -y -ss 1 -i "$video/one-stop-at-a-time.mp4" -frames:v 1 "$video/poster.png"
ls -l "$audio" "$video"
