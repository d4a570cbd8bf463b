import Testing
@testable import AWSCore
@Test("header lookup ignores case and keeps repeated names in order") func headers() { var h: HTTPHeaders = ["A": "1"]; h.add(name: "a", value: "2"); #expect(h["a"] == "1"); #expect(h.values(for: "A") == ["1", "2"]) }
