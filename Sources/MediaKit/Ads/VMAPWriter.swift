/// VMAP 1.0: a program's ad breaks (pre-roll, mid-rolls at offsets, post-roll), each pointing at the ad decision
/// server for its avail (`AdTagURI`).
public struct VMAPWriter: Sendable {
    /// A break in the schedule.
    public struct Break: Sendable, Equatable {
        /// Seconds from the start; nil with `isPostRoll` false is the pre-roll.
        public var offset: Double
        public var isPostRoll: Bool
        /// The avail's length, seconds.
        public var duration: Double

        public init(offset: Double, duration: Double, isPostRoll: Bool = false) {
            self.offset = offset
            self.duration = duration
            self.isPostRoll = isPostRoll
        }

        /// VMAP's timeOffset: `start`, `end` or `HH:MM:SS.mmm`.
        public var timeOffset: String {
            if isPostRoll { return "end" }
            return offset <= 0 ? "start" : VASTWriter.duration(offset)
        }
    }

    /// Pre-roll, a mid-roll every `interval` seconds before the end, and a post-roll.
    public static func schedule(programDuration: Double, interval: Double, breakDuration: Double) -> [Break] {
        var breaks = [Break(offset: 0, duration: breakDuration)]
        if interval > 0 {
            var offset = interval
            while offset < programDuration {
                breaks.append(Break(offset: offset, duration: breakDuration))
                offset += interval
            }
        }
        breaks.append(Break(offset: programDuration, duration: breakDuration, isPostRoll: true))
        return breaks
    }

    /// The document; `adTag(index, break)` gives each break's ad request URL.
    public static func document(_ breaks: [Break], adTag: (Int, Break) -> String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">\n"
        for (index, item) in breaks.enumerated() {
            let id = item.isPostRoll ? "postroll" : item.offset <= 0 ? "preroll" : "midroll-\(index)"
            xml += "  <vmap:AdBreak timeOffset=\"\(item.timeOffset)\" breakType=\"linear\" breakId=\"\(id)\">\n"
            xml += "    <vmap:AdSource id=\"\(id)-ads\" allowMultipleAds=\"true\" followRedirects=\"true\">\n"
            xml += "      <vmap:AdTagURI templateType=\"vast3\">\(XMLText.cdata(adTag(index, item)))</vmap:AdTagURI>\n"
            xml += "    </vmap:AdSource>\n  </vmap:AdBreak>\n"
        }
        return xml + "</vmap:VMAP>\n"
    }
}
