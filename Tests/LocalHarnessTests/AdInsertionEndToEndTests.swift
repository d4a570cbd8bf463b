import AWSClients
import AWSCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import LocalHarness

/// The AdInsertion use case end to end under mediagen-local: the real AdInsertion bootstrap behind the gateway
/// (GET /ads public, the admin API with a JWT), DynamoDB and Kinesis in moto, MediaTailor in the twin.
@Suite("Ad insertion end to end", .serialized)
struct AdInsertionEndToEndTests {
    static func campaign(_ id: String, cap: Int? = nil, daily: Int? = nil, categories: [String] = [], extra: String = "") -> String {
        let now = Date()
        let formatter = ISO8601DateFormatter()
        var fields = [
            #""id":"\#(id)","name":"Winter & Snow <Sale>","advertiser":"Acme","priority":5,"cpm":12.5"#,
            #""start":"\#(formatter.string(from: now.addingTimeInterval(-3600)))","end":"\#(formatter.string(from: now.addingTimeInterval(30 * 86_400)))""#,
            #""exclusionCategories":\#(categories.map { "\"\($0)\"" })"#,
            #""creatives":[{"id":"\#(id)-spot","universalAdId":{"registry":"ad-id.org","value":"ACME\#(id.count)0001H"},"duration":30,"clickThrough":"https://acme.example/winter","#
                + #""mediaFiles":[{"url":"https://cdn.example/\#(id)/low.mp4","bitrate":800,"width":640,"height":360},"#
                + #"{"url":"https://cdn.example/\#(id)/high.mp4","bitrate":6000,"width":1920,"height":1080}]}]"#,
        ]
        if let cap { fields.append(#""frequencyCap":{"count":\#(cap),"periodSeconds":86400}"#) }
        if let daily { fields.append(#""dailyBudget":\#(daily)"#) }
        if !extra.isEmpty { fields.append(extra) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func adsCount(_ xml: String) -> Int { xml.components(separatedBy: "<Ad ").count - 1 }

    static func valid(_ xml: String) throws {
        let problems = try XMLSchemaCheck.problems(xml, schema: XMLSchemaCheck.vast42)
        #expect(problems == nil, "\(problems ?? "")")
    }

    /// Every record of the stream (one shard, from the start).
    static func records(_ run: UseCaseHarness.Run) async throws -> [JSONValue] {
        let stream = try #require(run.aws.provisioned.first { $0.logicalId == "AdEventsStream" }?.name)
        let kinesis = try KinesisClient(run.aws.clientConfiguration())
        let shards = try await kinesis.client.json("ListShards", input: ["StreamName": .string(stream)] as JSONValue, as: JSONValue.self)
        var records: [JSONValue] = []
        for shard in shards["Shards"]?.arrayValue ?? [] {
            let iterator = try await kinesis.client.json("GetShardIterator", input: ["StreamName": .string(stream), "ShardId": shard["ShardId"] ?? .null,
                                                                                     "ShardIteratorType": "TRIM_HORIZON"] as JSONValue, as: JSONValue.self)
            let page = try await kinesis.client.json("GetRecords", input: ["ShardIterator": iterator["ShardIterator"] ?? .null] as JSONValue, as: JSONValue.self)
            for record in page["Records"]?.arrayValue ?? [] {
                if let data = record["Data"]?.stringValue.flatMap({ Data(base64Encoded: $0) }) { records.append(try JSONValue(parsing: data)) }
            }
        }
        return records
    }

    @Test("an admin's campaign and profile serve a valid VAST 4.2 ad with the best MP4; its beacons reach Kinesis and the stats count it")
    func serves() async throws {
        try await UseCaseHarness.with { run in
            let (created, campaign) = try await run.call("POST", "/ads/campaigns",
                body: Self.campaign("winter", extra: #""targeting":[{"attribute":"country","op":"in","values":["GB","IE"]}]"#))
            #expect(created == 201, "\(campaign)")
            let (profiled, _) = try await run.call("PUT", "/ads/profiles/viewer-1", body: #"{"attributes":{"country":"GB","age":"34"}}"#)
            #expect(profiled == 200)
            let answer = try await run.raw("GET", "/ads?availDuration=60&availIndex=0&sessionId=s-1&viewerId=viewer-1&device=tv", signedIn: false)
            let xml = String(decoding: answer.body, as: UTF8.self)
            #expect(answer.status == 200 && answer.contentType?.hasPrefix("application/xml") == true)
            try Self.valid(xml)
            #expect(Self.adsCount(xml) == 1 && xml.contains("https://cdn.example/winter/high.mp4") && !xml.contains("low.mp4"))
            #expect(xml.contains("<AdTitle>Winter &amp; Snow &lt;Sale&gt;</AdTitle>"))
            let servingId = try #require(xml.components(separatedBy: "<AdServingId>").dropFirst().first?.components(separatedBy: "<").first)

            let offTarget = try await run.raw("GET", "/ads?availDuration=60&sessionId=s-2&viewerId=viewer-unknown", signedIn: false)
            #expect(Self.adsCount(String(decoding: offTarget.body, as: UTF8.self)) == 0)

            let pixel = try await run.raw("GET", "/ads/beacons?event=firstQuartile&adServingId=\(servingId)&campaign=winter&creative=winter-spot&session=s-1", signedIn: false)
            #expect(pixel.status == 204)
            let (accepted, _) = try await run.call("POST", "/ads/beacons",
                body: #"{"events":[{"event":"impression","adServingId":"\#(servingId)","campaign":"winter"},{"event":"complete","adServingId":"\#(servingId)"}]}"#)
            #expect(accepted == 202)
            let events = try await Self.records(run)
            #expect(Set(events.compactMap { $0["event"]?.stringValue }) == ["firstQuartile", "impression", "complete"])
            #expect(events.allSatisfy { $0["adServingId"]?.stringValue == servingId })

            let (statsStatus, stats) = try await run.call("GET", "/ads/stats")
            #expect(statsStatus == 200)
            #expect(stats["campaigns"]?["today"]?["winter"] == 1 && stats["creatives"]?["total"]?["winter-spot"] == 1, "\(stats)")
        }
    }

    @Test("200 concurrent ad requests for one viewer with a frequency cap of 3 serve exactly 3 impressions")
    func frequencyCap() async throws {
        try await UseCaseHarness.with(concurrency: 8) { run in
            let (created, _) = try await run.call("POST", "/ads/campaigns", body: Self.campaign("capped", cap: 3))
            #expect(created == 201)
            let served = try await withThrowingTaskGroup(of: Int.self) { group in
                for request in 0..<200 {
                    group.addTask {
                        let answer = try await run.raw("GET", "/ads?availDuration=30&availIndex=\(request)&sessionId=s-\(request)&viewerId=viewer-cap", signedIn: false)
                        #expect(answer.status == 200)
                        return Self.adsCount(String(decoding: answer.body, as: UTF8.self))
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(served == 3)
            let (_, stats) = try await run.call("GET", "/ads/stats")
            #expect(stats["campaigns"]?["total"]?["capped"] == 3, "\(stats)")
        }
    }

    @Test("bad /ads parameters answer the empty VAST; bad admin input is a 400 naming the field, an unknown id a 404; never a 500")
    func badInput() async throws {
        try await UseCaseHarness.with { run in
            _ = try await run.call("POST", "/ads/campaigns", body: Self.campaign("any"))
            for query in ["", "?availDuration=abc", "?availDuration=-5", "?availDuration=30&availIndex=x", "?availDuration=99999"] {
                let answer = try await run.raw("GET", "/ads\(query)", signedIn: false)
                let xml = String(decoding: answer.body, as: UTF8.self)
                #expect(answer.status == 200 && Self.adsCount(xml) == 0, "\(query)")
                try Self.valid(xml)
            }
            let cases: [(String, String, String)] = [
                ("POST", "/ads/campaigns", #"{"name":"x"}"#),
                ("POST", "/ads/campaigns", Self.campaign("bad-media").replacingOccurrences(of: "https://cdn.example/bad-media/low.mp4", with: "ftp://nope")),
                ("POST", "/ads/campaigns", Self.campaign("bad-cap", cap: 0)),
                ("POST", "/ads/campaigns", "not json"),
                ("PUT", "/ads/profiles/v1", #"{"attributes":{"age":34}}"#),
                ("POST", "/ads/beacons", #"{"events":[{"event":"teleport","adServingId":"x"}]}"#),
                ("POST", "/ads/playback-configurations", #"{"name":"tv","contentSourceUrl":"not a url"}"#),
            ]
            let expected = ["advertiser is required", "creatives[0].mediaFiles[0].url must be an http(s) URL", "frequencyCap.count must be at least 1",
                            "the body is not valid JSON", "attributes.age has the wrong type", "events[0].event must be one of", "contentSourceUrl must be"]
            for ((method, path, body), message) in zip(cases, expected) {
                let (status, problem) = try await run.call(method, path, body: body)
                #expect(status == 400, "\(method) \(path): \(problem)")
                #expect(problem["error"]?["message"]?.stringValue?.contains(message) == true, "\(problem)")
            }
            let (duplicate, _) = try await run.call("POST", "/ads/campaigns", body: Self.campaign("any"))
            #expect(duplicate == 409)
            for (method, path) in [("GET", "/ads/campaigns/none"), ("DELETE", "/ads/campaigns/none"), ("GET", "/ads/profiles/none"), ("PUT", "/ads/campaigns/none")] {
                let (status, _) = try await run.call(method, path, body: method == "PUT" ? Self.campaign("none") : nil)
                #expect(status == 404, "\(method) \(path)")
            }
            let unauthorised = try await run.raw("GET", "/ads/campaigns", signedIn: false)
            #expect(unauthorised.status == 401)
        }
    }

    @Test("a playback configuration is created in MediaTailor pointing at this ad decision server with MediaTailor's session variables")
    func playbackConfiguration() async throws {
        try await UseCaseHarness.with { run in
            let (status, configuration) = try await run.call("POST", "/ads/playback-configurations",
                body: #"{"name":"winter-channel","contentSourceUrl":"https://origin.example/channel"}"#)
            #expect(status == 200, "\(configuration)")
            let url = try #require(configuration["adDecisionServerUrl"]?.stringValue)
            #expect(url.contains("/ads?availDuration=[session.avail_duration_secs]") && url.contains("sessionId=[session.id]"))
            let stored = try await MediaTailorClient(run.aws.clientConfiguration()).getPlaybackConfiguration(name: "winter-channel")
            #expect(stored.adDecisionServerUrl == url && stored.videoContentSourceUrl == "https://origin.example/channel")
            let vmap = try await run.raw("GET", "/ads?format=vmap&programDuration=1800&breakInterval=600&availDuration=90&sessionId=s", signedIn: false)
            let xml = String(decoding: vmap.body, as: UTF8.self)
            #expect(try XMLSchemaCheck.problems(xml, schema: nil) == nil)
            #expect(xml.components(separatedBy: "<vmap:AdBreak ").count == 5 && xml.contains("availDuration=90&amp;") == false && xml.contains("availDuration=90&availIndex=1&sessionId=s"))
        }
    }
}
