import Foundation
import Testing
import StatesLanguage

/// JsonPath selection on the canonical bookstore document (Goessner's examples, as Jayway answers them) and
/// ResultPath writes.
@Suite("JSONPath")
struct JSONPathTests {
    static let store = try! JSONValue(parsing: """
        {"store": {"book": [
            {"category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95},
            {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99},
            {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99},
            {"category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings", "isbn": "0-395-19395-8", "price": 22.99}],
          "bicycle": {"color": "red", "price": 19.95}},
         "expensive": 10, "weird key": {"a.b": 1}}
        """)

    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var expected: String
        var testDescription: String { path }
    }

    static let cases: [Case] = [
        Case(path: "$", expected: store.serialized()),
        Case(path: "$.store.bicycle.color", expected: #""red""#),
        Case(path: "$['store']['bicycle']['price']", expected: "19.95"),
        Case(path: "$.store.book[0].title", expected: #""Sayings of the Century""#),
        Case(path: "$.store.book[-1].author", expected: #""J. R. R. Tolkien""#),
        Case(path: "$['weird key']['a.b']", expected: "1"),
        Case(path: "$.store.book[*].author", expected: #"["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]"#),
        Case(path: "$..author", expected: #"["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]"#),
        Case(path: "$.store..price", expected: "[19.95,8.95,12.99,8.99,22.99]"),
        Case(path: "$..book[2].title", expected: #"["Moby Dick"]"#),
        Case(path: "$..book[0,1].price", expected: "[8.95,12.99]"),
        Case(path: "$..book[:2].price", expected: "[8.95,12.99]"),
        Case(path: "$..book[-2:].price", expected: "[8.99,22.99]"),
        Case(path: "$.store.book[::2].price", expected: "[8.95,8.99]"),
        Case(path: "$..book[?(@.isbn)].title", expected: #"["Moby Dick","The Lord of the Rings"]"#),
        Case(path: "$.store.book[?(@.price < 10)].title", expected: #"["Sayings of the Century","Moby Dick"]"#),
        Case(path: "$.store.book[?(@.price > $.expensive)].price", expected: "[12.99,22.99]"),
        Case(path: "$.store.book[?(@.category == 'fiction' && @.price < 20)].author", expected: #"["Evelyn Waugh","Herman Melville"]"#),
        Case(path: "$.store.book[?(@.category != 'fiction' || @.price > 20)].price", expected: "[8.95,22.99]"),
        Case(path: "$.store.book[?(!(@.price < 10))].price", expected: "[12.99,22.99]"),
        Case(path: "$.store.bicycle.*", expected: #"["red",19.95]"#),
        Case(path: "$.store.book[9]", expected: "absent"),
        Case(path: "$.nothing[*]", expected: "[]"),
    ]

    @Test("selects what Jayway JsonPath selects", arguments: cases)
    func selection(_ example: Case) throws {
        let path = try JSONPath(example.path)
        let value = path.value(in: Self.store)
        #expect((value?.serialized() ?? "absent") == example.expected)
    }

    @Test("reference paths are only names and indices")
    func referencePaths() throws {
        #expect(try JSONPath("$.a.b[0]").isReferencePath)
        #expect(try JSONPath("$['a'][2]").isReferencePath)
        #expect(try !JSONPath("$.a[*]").isReferencePath)
        #expect(try !JSONPath("$..a").isReferencePath)
        #expect(try JSONPath("$.a['b c'][1]").canonical == "$['a']['b c'][1]")
    }

    @Test("malformed paths are refused naming the path", arguments: ["a.b", "$.", "$[", "$['x", "$.a[?(@.b >)]", "$.a]", "$[1:2:0]"])
    func malformed(_ text: String) {
        #expect { try JSONPath(text) } throws: { error in
            (error as? StatesError)?.cause.contains("Invalid path '\(text)'") == true
        }
    }

    @Test("set places a value at a reference path, creating objects on the way, and refuses a non-object step")
    func set() throws {
        let input: JSONValue = ["a": ["b": 1], "list": [1, 2]]
        #expect(try JSONPath("$").set("x", in: input) == "x")
        #expect(try JSONPath("$.a.c").set(2, in: input) == ["a": ["b": 1, "c": 2], "list": [1, 2]])
        #expect(try JSONPath("$.new.deep").set(true, in: input)["new"] == ["deep": true])
        #expect(try JSONPath("$.list[1]").set(9, in: input)["list"] == [1, 9])
        #expect(throws: StatesError.self) { try JSONPath("$.a.b.c").set(1, in: input) }
        #expect(throws: StatesError.self) { try JSONPath("$.x").set(1, in: "text") }
        #expect(throws: StatesError.self) { try JSONPath("$.a[*]").set(1, in: input) }
    }
}
