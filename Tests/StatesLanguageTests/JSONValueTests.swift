import Foundation
import Testing
import StatesLanguage

@Suite("JSON values")
struct JSONValueTests {
    @Test("integers stay exact, other numbers are doubles, and booleans are not numbers")
    func parsing() throws {
        let value = try JSONValue(parsing: #"{"big": 9007199254740993, "half": 0.5, "yes": true, "none": null, "list": [1, "a"]}"#)
        #expect(value["big"] == .int(9_007_199_254_740_993))
        #expect(value["half"] == .double(0.5))
        #expect(value["yes"] == .bool(true))
        #expect(value["none"] == .null)
        #expect(value["list"] == .array([.int(1), .string("a")]))
    }

    @Test("serialisation is compact with sorted keys, and numbers compare by value")
    func serialising() throws {
        let value: JSONValue = ["b": 1, "a": ["x/y", .null, true, 2.5]]
        #expect(value.serialized() == #"{"a":["x/y",null,true,2.5],"b":1}"#)
        #expect(JSONValue.int(1).isEqualInValue(to: .double(1)))
        #expect(!JSONValue.int(1).isEqualInValue(to: .string("1")))
    }
}

/// The hand-written serialiser against Foundation's encoder.
@Suite("JSON serialisation")
struct JSONSerialisationTests {
    @Test("it writes what JSONSerialization reads back to the same value, escapes included")
    func roundTrip() throws {
        let value: JSONValue = [
            "quote\"back\\slash": "line\nbreak\ttab\r\u{01}\u{1F}é😀/", "numbers": [0, -7, 1.5, 1e-7, 6.02e23, 3.0],
            "nested": ["empty": [:], "list": [], "null": .null, "yes": true],
        ]
        let text = value.serialized()
        #expect(try JSONValue(parsing: text).isEqualInValue(to: value))
        #expect(text.hasPrefix(#"{"nested":{"empty":{},"list":[],"null":null,"yes":true},"numbers":[0,-7,1.5,"#))
        #expect(text.contains(#"\u0001\u001f"#))
        #expect(text.contains("é😀/"))
        #expect(JSONValue.double(.nan).serialized() == "null")
    }
}
