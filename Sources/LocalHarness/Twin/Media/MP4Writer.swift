import Foundation

/// An MP4 (ISO BMFF, brand `isom`/`avc1`) with one H.264 video track: `ftyp`, `mdat` with the length-prefixed
/// frames, then `moov` (movie and track headers, `avc1`/`avcC` sample description, one chunk, every sample's
/// size, the first frame as the only sync sample).
enum MP4Writer {
    /// A still shot of `picture` lasting `durationSeconds` at `fps` (frames = duration × fps).
    static func stillVideo(_ picture: RGBImage, durationSeconds: Int, fps: Int, creation: Date) -> [UInt8] {
        let stream = H264StillVideo(width: picture.width, height: picture.height)
        let frameCount = max(1, durationSeconds * fps)
        var samples: [[UInt8]] = [stream.idrFrame(picture)]
        if frameCount > 1 {
            for index in 1..<frameCount { samples.append(stream.skipFrame(frameNum: index)) }
        }
        return file(samples: samples.map(lengthPrefixed), sps: stream.sps, pps: stream.pps, width: picture.width, height: picture.height,
                    fps: fps, creation: creation)
    }

    private static func lengthPrefixed(_ nal: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.appendBigEndian(UInt32(nal.count))
        return out + nal
    }

    static func file(samples: [[UInt8]], sps: [UInt8], pps: [UInt8], width: Int, height: Int, fps: Int, creation: Date) -> [UInt8] {
        let timescale = fps * 1000
        let mediaDuration = samples.count * 1000
        let movieDuration = samples.count * 1000 / fps  // milliseconds
        // Seconds since 1904-01-01, as MP4 counts.
        let time = UInt32(truncatingIfNeeded: Int(creation.timeIntervalSince1970) + 2_082_844_800)
        let ftyp = box("ftyp", Array("isom".utf8) + u32(512) + Array("isomiso2avc1mp41".utf8))
        let payload = samples.flatMap { $0 }
        let mdatOffset = ftyp.count + 8
        let mdat = box("mdat", payload)

        let mvhd = fullBox("mvhd", u32(time) + u32(time) + u32(1000) + u32(UInt32(movieDuration)) + u32(0x0001_0000) + u16(0x0100)
                           + [UInt8](repeating: 0, count: 10) + matrix + [UInt8](repeating: 0, count: 24) + u32(2))
        let tkhd = fullBox("tkhd", u32(time) + u32(time) + u32(1) + u32(0) + u32(UInt32(movieDuration)) + [UInt8](repeating: 0, count: 8)
                           + u16(0) + u16(0) + u16(0) + u16(0) + matrix + u32(UInt32(width) << 16) + u32(UInt32(height) << 16), flags: 3)
        let mdhd = fullBox("mdhd", u32(time) + u32(time) + u32(UInt32(timescale)) + u32(UInt32(mediaDuration)) + u16(0x55C4) + u16(0))  // language "und"
        let hdlr = fullBox("hdlr", u32(0) + Array("vide".utf8) + [UInt8](repeating: 0, count: 12) + Array("VideoHandler".utf8) + [0])
        let vmhd = fullBox("vmhd", u16(0) + u16(0) + u16(0) + u16(0), flags: 1)
        let dinf = box("dinf", fullBox("dref", u32(1) + fullBox("url ", [], flags: 1)))

        var avcC: [UInt8] = [1, sps[1], sps[2], sps[3], 0xFF, 0xE1]
        avcC += u16(UInt16(sps.count)) + sps + [1] + u16(UInt16(pps.count)) + pps
        var compressor = [UInt8](repeating: 0, count: 32)
        let name = Array("MediaGen twin H.264".utf8)
        compressor[0] = UInt8(name.count)
        compressor.replaceSubrange(1...name.count, with: name)
        let avc1 = box("avc1", [UInt8](repeating: 0, count: 6) + u16(1) + [UInt8](repeating: 0, count: 16) + u16(UInt16(width)) + u16(UInt16(height))
                       + u32(0x0048_0000) + u32(0x0048_0000) + u32(0) + u16(1) + compressor + u16(0x0018) + u16(0xFFFF) + box("avcC", avcC))
        let stsd = fullBox("stsd", u32(1) + avc1)
        let stts = fullBox("stts", u32(1) + u32(UInt32(samples.count)) + u32(1000))
        let stss = fullBox("stss", u32(1) + u32(1))
        let stsc = fullBox("stsc", u32(1) + u32(1) + u32(UInt32(samples.count)) + u32(1))
        let stsz = fullBox("stsz", u32(0) + u32(UInt32(samples.count)) + samples.flatMap { u32(UInt32($0.count)) })
        let stco = fullBox("stco", u32(1) + u32(UInt32(mdatOffset)))
        let stbl = box("stbl", stsd + stts + stss + stsc + stsz + stco)
        let minf = box("minf", vmhd + dinf + stbl)
        let mdia = box("mdia", mdhd + hdlr + minf)
        let trak = box("trak", tkhd + mdia)
        let moov = box("moov", mvhd + trak)
        return ftyp + mdat + moov
    }

    private static let matrix: [UInt8] = u32(0x0001_0000) + u32(0) + u32(0) + u32(0) + u32(0x0001_0000) + u32(0) + u32(0) + u32(0) + u32(0x4000_0000)

    static func box(_ type: String, _ content: [UInt8]) -> [UInt8] { u32(UInt32(8 + content.count)) + Array(type.utf8) + content }

    static func fullBox(_ type: String, _ content: [UInt8], version: UInt8 = 0, flags: UInt32 = 0) -> [UInt8] {
        box(type, [version, UInt8(flags >> 16 & 0xFF), UInt8(flags >> 8 & 0xFF), UInt8(flags & 0xFF)] + content)
    }

    private static func u32(_ value: UInt32) -> [UInt8] {
        var out: [UInt8] = []
        out.appendBigEndian(value)
        return out
    }

    private static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
}
