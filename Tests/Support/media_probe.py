#!/usr/bin/env python3
"""Decodes media from stdin with independent decoders and prints what they found, as JSON.

PNG: zlib (stdlib) inflates the IDAT stream and Pillow decodes the image. MP3, Ogg Vorbis, Ogg Opus and MP4/H.264: PyAV
(FFmpeg's demuxers and decoders) decodes every frame; mutagen reads the audio containers' headers. Used by the
twin's media encoder tests; exits non-zero when a decoder refuses the input."""
import io
import json
import struct
import sys
import zlib


def png(data):
    from PIL import Image
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        crc = struct.unpack(">I", data[position + 8 + length:position + 12 + length])[0]
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind}"
        if kind == b"IDAT":
            idat += body
        position += 12 + length
    raw = zlib.decompress(idat)
    image = Image.open(io.BytesIO(data))
    image.load()
    width, height = image.size
    corners = [image.getpixel((x, y)) for x, y in [(0, 0), (width - 1, 0), (0, height - 1), (width - 1, height - 1)]]
    return {"kind": "png", "width": width, "height": height, "mode": image.mode, "inflated": len(raw), "corners": corners}


def audio(data, kind):
    import av
    container = av.open(io.BytesIO(data))
    stream = container.streams.audio[0]
    samples, peak = 0, 0.0
    for frame in container.decode(stream):
        samples += frame.samples
        name = frame.format.name
        typecode = {"flt": "f", "dbl": "d", "s16": "h", "s32": "i"}[name.rstrip("p")]
        count = frame.samples * (1 if name.endswith("p") else len(frame.layout.channels))
        for plane in frame.planes:
            values = memoryview(bytes(plane)).cast(typecode)[:count]
            if len(values):
                peak = max(peak, max(abs(value) for value in values))
    result = {"kind": kind, "codec": stream.codec_context.name, "sampleRate": stream.codec_context.sample_rate,
              "channels": len(stream.codec_context.layout.channels),
              "decodedSamples": samples, "peak": peak}
    if kind == "mp3":
        import mutagen.mp3
        result["mutagenLength"] = mutagen.mp3.MP3(io.BytesIO(data)).info.length
    elif b"OpusHead" in data[:64]:
        import mutagen.oggopus
        result["mutagenLength"] = mutagen.oggopus.OggOpus(io.BytesIO(data)).info.length
    else:
        import mutagen.oggvorbis
        result["mutagenLength"] = mutagen.oggvorbis.OggVorbis(io.BytesIO(data)).info.length
    return result


def mp4(data):
    import av
    container = av.open(io.BytesIO(data))
    stream = container.streams.video[0]
    frames, first, last = 0, None, None
    for frame in container.decode(stream):
        image = frame.to_image()
        pixel = image.getpixel((image.width // 2, 4))
        if first is None:
            first = pixel
        last = pixel
        frames += 1
    return {"kind": "mp4", "codec": stream.codec_context.name, "profile": stream.codec_context.profile, "width": stream.codec_context.width,
            "height": stream.codec_context.height, "fps": float(stream.average_rate or 0), "duration": float(stream.duration * stream.time_base),
            "frames": frames, "declaredFrames": stream.frames, "firstTopPixel": first, "lastTopPixel": last}


def main():
    data = sys.stdin.buffer.read()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        result = png(data)
    elif data.startswith(b"OggS"):
        result = audio(data, "ogg")
    elif data[4:8] == b"ftyp":
        result = mp4(data)
    elif data[:2] in (b"\xff\xf3", b"\xff\xf2", b"\xff\xfb", b"\xff\xe3", b"\xff\xe2") or data[:3] == b"ID3":
        result = audio(data, "mp3")
    else:
        raise SystemExit("unrecognised media")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
