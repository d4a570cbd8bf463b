import Foundation
@testable import MediaKit
import Testing
import TestSupport

@Suite("Ads: VAST 4.2 and VMAP documents")
struct VASTWriterTests {
    let writer = VASTWriter(beacons: AdBeacons(endpoint: "https://api.example/ads/beacons"))

    static func valid(_ xml: String) throws {
        let problems = try XMLSchemaCheck.problems(xml, schema: XMLSchemaCheck.vast42)
        #expect(problems == nil, "\(problems ?? "")\n\(xml)")
    }

    @Test("a pod validates against the IAB VAST 4.2 XSD: sequence, impression, error and quartile beacons, AdServingId, UniversalAdId, the best MP4 only")
    func pod() throws {
        let campaigns = [AdFixtures.campaign("a", priority: 3, durations: [30], categories: ["auto"]), AdFixtures.campaign("b", priority: 2, durations: [15])]
        let decision = AdDecisionEngine().decide(campaigns, context: AdFixtures.context(60))
        #expect(decision.ads.count == 2)
        let xml = writer.document(decision, sessionId: "session-1")
        try Self.valid(xml)
        #expect(xml.contains("<Ad id=\"a\" sequence=\"1\">") && xml.contains("<Ad id=\"b\" sequence=\"2\">"))
        #expect(xml.contains("<AdServingId>\(decision.ads[0].adServingId)</AdServingId>"))
        #expect(xml.contains("<UniversalAdId idRegistry=\"ad-id.org\">UAID-a-c0</UniversalAdId>"))
        #expect(xml.contains("https://cdn.example/a-c0/4500.mp4") && !xml.contains("a-c0/800.mp4") && !xml.contains("a-c0/2000.mp4"))
        for event in ["start", "firstQuartile", "midpoint", "thirdQuartile", "complete"] { #expect(xml.contains("<Tracking event=\"\(event)\">")) }
        #expect(xml.contains("<Error><![CDATA[https://api.example/ads/beacons?event=error&adServingId=\(decision.ads[0].adServingId)"))
        #expect(xml.contains("<Duration>00:00:30.000</Duration>") && xml.contains("<Duration>00:00:15.000</Duration>"))
    }

    @Test("names and URLs with & < > \" ' and ]]> are escaped and the document stays valid")
    func escaping() throws {
        var campaign = AdFixtures.campaign("esc", durations: [20])
        campaign.name = "Fish & Chips <\"Best\"> 'Ever'"
        campaign.advertiser = "A&B ]]> Co"
        campaign.creatives[0].title = nil
        campaign.creatives[0].clickThrough = "https://x.example/?q=]]>&r=<1>"
        let decision = AdDecisionEngine().decide([campaign], context: AdFixtures.context(30))
        let xml = writer.document(decision, sessionId: "s&<>")
        try Self.valid(xml)
        #expect(xml.contains("<AdTitle>Fish &amp; Chips &lt;\"Best\"&gt; 'Ever'</AdTitle>"))
        #expect(xml.contains("session=s%26%3C%3E"))
        #expect(xml.contains("<ClickThrough><![CDATA[https://x.example/?q=%5D%5D%3E&r=%3C1%3E]]></ClickThrough>"))
        #expect(!xml.contains("<Ad id=\"esc\" sequence"))
    }

    @Test("no ad is the empty VAST the spec gives for it, and it validates")
    func empty() throws {
        let xml = writer.document(AdDecision(ads: []), sessionId: "s")
        try Self.valid(xml)
        #expect(!xml.contains("<Ad"))
    }

    @Test("a VMAP schedule has a pre-roll, mid-rolls at the interval and a post-roll, each with an ad tag; it is well-formed")
    func vmap() throws {
        let breaks = VMAPWriter.schedule(programDuration: 1800, interval: 600, breakDuration: 90)
        #expect(breaks.map(\.timeOffset) == ["start", "00:10:00.000", "00:20:00.000", "end"])
        let xml = VMAPWriter.document(breaks) { index, item in "https://api.example/ads?availDuration=\(Int(item.duration))&availIndex=\(index)&sessionId=a&b" }
        #expect(try XMLSchemaCheck.problems(xml, schema: nil) == nil)
        #expect(xml.components(separatedBy: "<vmap:AdBreak ").count == 5)
        #expect(xml.contains("<![CDATA[https://api.example/ads?availDuration=90&availIndex=3&sessionId=a&b]]>"))
    }
}
