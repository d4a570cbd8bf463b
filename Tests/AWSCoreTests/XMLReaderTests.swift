import Foundation
import Testing

@testable import AWSCore

@Suite("XML reader")
struct XMLReaderTests {
    @Test("an S3 listing with declaration, namespace and whitespace becomes an element tree with local names")
    func s3Listing() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Name>media-bucket</Name>
              <Contents><Key>a &amp; b.mp4</Key><Size>42</Size></Contents>
              <Contents><Key>c.mp4</Key><Size>7</Size></Contents>
              <IsTruncated>false</IsTruncated>
            </ListBucketResult>
            """
        let root = try XMLReader.parse(Data(xml.utf8))
        #expect(root.name == "ListBucketResult")
        #expect(root.attributes.isEmpty)
        #expect(root.text == "")
        #expect(root.childText("Name") == "media-bucket")
        #expect(root.children("Contents").map { $0.childText("Key") } == ["a & b.mp4", "c.mp4"])
        #expect(root.text(atPath: "Contents/Size") == "42")
        #expect(root.element(atPath: "Contents/Missing") == nil)
        #expect(root.element(atPath: "") == root)
        #expect(root.childText("IsTruncated") == "false")
    }

    @Test("prefixed names keep their local part and xmlns declarations are not attributes")
    func namespaces() throws {
        let root = try XMLReader.parse(
            #"<s3:Error xmlns:s3="urn:x" xmlns="urn:y" xsi:type="T" id='7'><s3:Code>NoSuchKey</s3:Code></s3:Error>"#)
        #expect(root.name == "Error")
        #expect(root.attributes == [XMLAttribute("type", "T"), XMLAttribute("id", "7")])
        #expect(root.attribute("type") == "T")
        #expect(root.attribute("xmlns") == nil)
        #expect(root.childText("Code") == "NoSuchKey")
    }

    @Test("the five predefined entities and decimal and hex character references are decoded")
    func references() throws {
        let root = try XMLReader.parse(#"<a t="&quot;&apos;&#65;">&lt;&gt;&amp;&quot;&apos; &#123; &#x1F600; &#xe9;</a>"#)
        #expect(root.text == "<>&\"' { 😀 é")
        #expect(root.attribute("t") == "\"'A")
    }

    @Test("CDATA is kept verbatim, comments and processing instructions are skipped")
    func cdataAndComments() throws {
        let xml = "<!-- head --><?pi x?><a>x<!-- c --><![CDATA[<b>&amp;]]>y<?p?></a><!-- tail -->\n"
        let root = try XMLReader.parse(xml)
        #expect(root.text == "x<b>&amp;y")
        #expect(root.children.isEmpty)
    }

    @Test("self-closing tags, attributes with spaces around = and single quotes are read")
    func selfClosing() throws {
        let root = try XMLReader.parse("<Delete><Quiet/><Object ><Key k = 'v' /></Object></Delete>")
        #expect(root.children.map(\.name) == ["Quiet", "Object"])
        #expect(root.child("Quiet") == XMLElement("Quiet"))
        #expect(root.element(atPath: "Object/Key")?.attribute("k") == "v")
        #expect(try XMLReader.parse("<only/>") == XMLElement("only"))
    }

    @Test("text keeps its own whitespace, line ends are normalised and attribute whitespace becomes spaces")
    func whitespace() throws {
        let root = try XMLReader.parse("<a v=\"1\r\n2\t3\"><k>  spaced  </k><m>x\r\ny\rz</m></a>")
        #expect(root.childText("k") == "  spaced  ")
        #expect(root.childText("m") == "x\ny\nz")
        #expect(root.attribute("v") == "1 2 3")
        #expect(try XMLReader.parse("<a>   </a>").text == "   ")
    }

    @Test("a byte-order mark and a DOCTYPE with an internal subset are skipped")
    func bomAndDoctype() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(#"<!DOCTYPE a [ <!ENTITY x "y>"> ]><a>1</a>"#.utf8)
        #expect(try XMLReader.parse(data).text == "1")
    }

    @Test("mixed text around children is concatenated")
    func mixedContent() throws {
        let root = try XMLReader.parse("<p>Hello <b>big</b> world</p>")
        #expect(root.text == "Hello  world")
        #expect(root.childText("b") == "big")
    }

    @Test("malformed documents throw an error naming the problem and the byte offset")
    func malformed() {
        let cases: [(String, String)] = [
            ("", "XMLError.noRootElement at byte 0: the document has no root element"),
            ("  <!-- only -->", "XMLError.noRootElement at byte 15: the document has no root element"),
            ("<a><b></b>", "XMLError.unclosedTag at byte 0: <a> is never closed"),
            ("<a><b></a>", "XMLError.mismatchedEndTag at byte 6: expected </b>, found </a>"),
            ("<a>&bogus;</a>", "XMLError.badEntity at byte 3: '&bogus;' is not a known entity reference"),
            ("<a>AT&T</a>", "XMLError.badEntity at byte 5: '&T</a>' is not a known entity reference"),
            ("<a>&#xD800;</a>", "XMLError.badCharacterReference at byte 3: '&#xD800;' is not a valid character reference"),
            ("<a>&#0;</a>", "XMLError.badCharacterReference at byte 3: '&#0;' is not a valid character reference"),
            ("<a>&#x;</a>", "XMLError.badCharacterReference at byte 3: '&#x;' is not a valid character reference"),
            ("garbage", "XMLError.unexpectedCharacter at byte 0: unexpected 'g'; expected the root element"),
            ("<a></a>junk", "XMLError.contentAfterRoot at byte 7: content follows the root element"),
            ("<a></a><b/>", "XMLError.contentAfterRoot at byte 7: content follows the root element"),
            ("<a x=1/>", "XMLError.unexpectedCharacter at byte 5: unexpected '1'; expected a quoted attribute value"),
            ("<a x='1'y='2'/>", "XMLError.unexpectedCharacter at byte 8: unexpected 'y'; expected whitespace, '>' or '/>'"),
            ("<a x='1' x='2'/>", "XMLError.duplicateAttribute at byte 9: the attribute 'x' appears twice"),
            ("<a x='<'/>", "XMLError.unexpectedCharacter at byte 6: unexpected '<'; expected an attribute value without '<'"),
            ("<a", "XMLError.unexpectedEnd at byte 2: the document ends inside the start tag <a>"),
            ("<", "XMLError.unexpectedEnd at byte 1: the document ends inside a start tag"),
            ("<a><!-- x", "XMLError.unexpectedEnd at byte 9: the document ends inside a comment"),
            ("<a><![CDATA[x", "XMLError.unexpectedEnd at byte 13: the document ends inside a CDATA section"),
            ("<a>< b/></a>", "XMLError.unexpectedCharacter at byte 4: unexpected ' '; expected a tag name, '/', '!--' or '![CDATA['"),
            ("<a></ a>", "XMLError.unexpectedCharacter at byte 5: unexpected ' '; expected an end tag name"),
            ("<a></a", "XMLError.unexpectedEnd at byte 6: the document ends inside a tag"),
            ("<a>\u{01}</a>", "XMLError.invalidCharacter at byte 3: control character 0x1 is not allowed in XML"),
        ]
        for (xml, expected) in cases {
            #expect(throws: XMLError.self, "\(xml)") { try XMLReader.parse(xml) }
            do {
                _ = try XMLReader.parse(xml)
            } catch {
                #expect(error.description == expected)
            }
        }
    }

    @Test("invalid UTF-8 is reported at the first bad byte")
    func invalidUTF8() {
        for bytes: [UInt8] in [[0x3C, 0x61, 0x3E, 0xFF, 0x3C], [0x3C, 0x61, 0x3E, 0xC3], [0x3C, 0x61, 0x3E, 0xED, 0xA0, 0x80]] {
            do {
                _ = try XMLReader.parse(Data(bytes))
                Issue.record("parsed invalid UTF-8")
            } catch {
                #expect(error.description == "XMLError.invalidUTF8 at byte 3: the document is not valid UTF-8")
                #expect(error.kind == "invalidUTF8")
            }
        }
    }

    @Test("nesting deeper than the limit is refused instead of exhausting the stack")
    func tooDeep() {
        let depth = XMLReader.maximumDepth + 1
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        do {
            _ = try XMLReader.parse(xml)
            Issue.record("parsed an over-deep document")
        } catch {
            #expect(error.description == "XMLError.tooDeep at byte 768: elements nest deeper than 256 levels")
        }
        let fits = String(repeating: "<a>", count: depth - 1) + String(repeating: "</a>", count: depth - 1)
        #expect((try? XMLReader.parse(fits)) != nil)
    }
}
