#!/usr/bin/env bash
# Makes the demo fair's bundled video (public/media/demo/buehne*): 30 seconds of a title card with a
# running clock and a test pattern, a tone, and German subtitles from src/main/resources/demo/aufzeichnung.vtt
# as an HLS subtitle rendition (so that players list them as a subtitle track). The demo's recordings play the
# same video through aufzeichnung.m3u8 (no subtitle rendition) with that WebVTT file as the talks' captions. Run it only to change the video;
# the result is committed, so that the demo shows video without ffmpeg.
set -euo pipefail
cd "$(dirname "$0")/../public/media/demo"
subtitles=../../../../src/main/resources/demo/aufzeichnung.vtt
font=/usr/share/fonts/truetype/dejavu
rm -f buehne* aufzeichnung.m3u8
ffmpeg -hide_banner -loglevel error \
  -f lavfi -i "color=c=0x0b3d63:size=640x360:rate=24" -f lavfi -i "testsrc2=size=192x108:rate=24" \
  -f lavfi -i "sine=frequency=330:sample_rate=44100" -i "$subtitles" -t 30 \
  -filter_complex "[0:v][1:v]overlay=x=424:y=24[bg];[bg]drawtext=fontfile=$font/DejaVuSans-Bold.ttf:text='Kommunalmesse':x=32:y=40:fontsize=34:fontcolor=white,drawtext=fontfile=$font/DejaVuSans.ttf:text='Demo-Übertragung':x=32:y=86:fontsize=22:fontcolor=white,drawtext=fontfile=$font/DejaVuSans.ttf:text='%{pts\:hms}':x=32:y=124:fontsize=18:fontcolor=0xdddddd[v]" \
  -map "[v]" -map 2:a -map 3:s -c:v libx264 -preset veryslow -crf 30 -pix_fmt yuv420p -g 48 \
  -c:a aac -b:a 32k -ac 1 -c:s webvtt \
  -f hls -hls_time 6 -hls_list_size 0 -hls_playlist_type vod -hls_segment_filename "buehne-%v-%d.ts" \
  -var_stream_map "v:0,a:0,s:0,sgroup:untertitel,language:de,name:de" -master_pl_name buehne.m3u8 \
  -hls_subtitle_path "buehne-untertitel-%v.m3u8" "buehne-%v.m3u8"
# Name the subtitle track for people (ffmpeg calls it subtitle_0), let players pick it, state a real bandwidth
sed -i -e 's/NAME="subtitle_0",DEFAULT=YES,LANGUAGE="de"/NAME="Deutsch",DEFAULT=YES,AUTOSELECT=YES,LANGUAGE="de"/' \
  -e 's/BANDWIDTH=[0-9]*/BANDWIDTH=180000/' buehne.m3u8
# The recordings' playlist: the same video without the subtitle rendition (their captions are the talk's WebVTT file)
grep -v -e '^#EXT-X-MEDIA:TYPE=SUBTITLES' buehne.m3u8 | sed -e 's/,SUBTITLES="untertitel"//' > aufzeichnung.m3u8
