import Foundation
import Testing

@testable import AWSCore

@Suite("XML writer")
struct XMLWriterTests {
    @Test("an S3 CreateBucketConfiguration is written with its namespace and a declaration")
    func createBucketConfiguration() {
        let body = XMLElement(
            "CreateBucketConfiguration", attributes: [XMLAttribute("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/")],
            children: [XMLElement("LocationConstraint", text: "eu-west-1")])
        #expect(body.xmlString(includeDeclaration: true)
            == #"<?xml version="1.0" encoding="UTF-8"?><CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>"#)
    }

    @Test("an S3 Delete body escapes keys and writes empty elements self-closing")
    func deleteObjects() {
        let body = XMLElement(
            "Delete",
            children: [
                XMLElement("Object", children: [XMLElement("Key", text: "a&b <c>.mp4")]),
                XMLElement("Object", children: [XMLElement("Key", text: "line\r\nbreak\u{1}")]),
                XMLElement("Quiet", text: "true"),
                XMLElement("Empty"),
            ])
        #expect(body.xmlString()
            == "<Delete><Object><Key>a&amp;b &lt;c&gt;.mp4</Key></Object><Object><Key>line&#xD;\nbreak&#x1;</Key></Object><Quiet>true</Quiet><Empty/></Delete>")
    }

    @Test("attribute values escape quotes, apostrophes, tabs and line feeds")
    func attributes() {
        #expect(XMLWriter.escapeAttribute("a\"b'c\td\ne&<>") == "a&quot;b&apos;c&#x9;d&#xA;e&amp;&lt;&gt;")
        #expect(XMLWriter.escapeText("a\"b'c\td\ne") == "a\"b'c\td\ne")
    }

    @Test("what the writer writes, the reader reads back unchanged")
    func roundTrip() throws {
        let original = XMLElement(
            "Root", attributes: [XMLAttribute("note", "say \"hi\"\n\tnow & <then>")],
            children: [
                XMLElement("Key", text: "  tricky ]]> & <stuff> 'é' 😀\r\nend  "),
                XMLElement("Nested", children: [XMLElement("Leaf", text: "1"), XMLElement("Leaf")]),
            ])
        #expect(try XMLReader.parse(original.xmlString(includeDeclaration: true)) == original)
    }
}
