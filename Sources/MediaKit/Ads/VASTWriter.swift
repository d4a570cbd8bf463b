import Foundation

/// VAST 4.2 documents: one InLine ad per pod member (`Ad@sequence`), with its impression, error and quartile
/// beacons, AdServingId, UniversalAdId and only the highest-bitrate MP4 (MediaTailor transcodes it); no ad is
/// the spec's empty `<VAST/>`. Valid against the IAB 4.2 XSD.
public struct VASTWriter: Sendable {
    public var adSystem: String
    public var beacons: AdBeacons
    /// The authority URI for `<Category>` (the campaigns' exclusion categories).
    public var categoryAuthority: String

    public init(adSystem: String = "MediaGenAI", beacons: AdBeacons, categoryAuthority: String = "https://mediagenai.example/ad-categories") {
        self.adSystem = adSystem
        self.beacons = beacons
        self.categoryAuthority = categoryAuthority
    }

    /// The "no ad" answer.
    public static let empty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\"/>\n"

    public func document(_ decision: AdDecision, sessionId: String) -> String {
        guard !decision.ads.isEmpty else { return Self.empty }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\">\n"
        for ad in decision.ads { xml += inline(ad, sessionId: sessionId, pod: decision.ads.count > 1) }
        return xml + "</VAST>\n"
    }

    private func inline(_ ad: AdDecision.Ad, sessionId: String, pod: Bool) -> String {
        guard let media = ad.creative.bestMP4 else { return "" }
        let a = XMLText.attribute, t = XMLText.text, c = XMLText.cdata
        var xml = "  <Ad id=\"\(a(ad.campaign.id))\"" + (pod ? " sequence=\"\(ad.sequence)\"" : "") + ">\n    <InLine>\n"
        xml += "      <AdSystem version=\"1.0\">\(t(adSystem))</AdSystem>\n"
        xml += "      <Error>\(c(beacons.url("error", ad: ad, sessionId: sessionId)))</Error>\n"
        xml += "      <Impression id=\"\(a(ad.adServingId))\">\(c(beacons.url("impression", ad: ad, sessionId: sessionId)))</Impression>\n"
        xml += "      <Pricing model=\"CPM\" currency=\"USD\">\(Self.decimal(ad.campaign.cpm))</Pricing>\n"
        xml += "      <AdServingId>\(t(ad.adServingId))</AdServingId>\n"
        xml += "      <AdTitle>\(t(ad.creative.title ?? ad.campaign.name))</AdTitle>\n"
        xml += "      <Advertiser>\(t(ad.campaign.advertiser))</Advertiser>\n"
        for category in ad.campaign.exclusionCategories { xml += "      <Category authority=\"\(a(categoryAuthority))\">\(t(category))</Category>\n" }
        xml += "      <Creatives>\n        <Creative id=\"\(a(ad.creative.id))\" adId=\"\(a(ad.creative.universalAdId.value))\" sequence=\"1\">\n"
        xml += "          <Linear>\n            <TrackingEvents>\n"
        for event in AdBeacons.trackingEvents { xml += "              <Tracking event=\"\(event)\">\(c(beacons.url(event, ad: ad, sessionId: sessionId)))</Tracking>\n" }
        xml += "            </TrackingEvents>\n"
        xml += "            <Duration>\(Self.duration(ad.creative.duration))</Duration>\n"
        xml += "            <MediaFiles>\n              <MediaFile delivery=\"progressive\" type=\"\(a(media.type))\" width=\"\(media.width)\" height=\"\(media.height)\" "
            + "bitrate=\"\(media.bitrate)\">\(c(XMLText.uri(media.url)))</MediaFile>\n            </MediaFiles>\n"
        if let click = ad.creative.clickThrough { xml += "            <VideoClicks>\n              <ClickThrough>\(c(XMLText.uri(click)))</ClickThrough>\n            </VideoClicks>\n" }
        xml += "          </Linear>\n"
        xml += "          <UniversalAdId idRegistry=\"\(a(ad.creative.universalAdId.registry))\">\(t(ad.creative.universalAdId.value))</UniversalAdId>\n"
        xml += "        </Creative>\n      </Creatives>\n    </InLine>\n  </Ad>\n"
        return xml
    }

    /// `HH:MM:SS.mmm`.
    static func duration(_ seconds: Double) -> String {
        let milliseconds = Int((max(seconds, 0) * 1000).rounded())
        return pad(milliseconds / 3_600_000, 2) + ":" + pad(milliseconds / 60_000 % 60, 2) + ":" + pad(milliseconds / 1000 % 60, 2) + "." + pad(milliseconds % 1000, 3)
    }

    /// Two decimals (`12.50`).
    static func decimal(_ value: Double) -> String {
        let cents = Int((max(value, 0) * 100).rounded())
        return String(cents / 100) + "." + pad(cents % 100, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
