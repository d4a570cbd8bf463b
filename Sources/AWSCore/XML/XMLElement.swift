/// One attribute of an element, as written (the reader keeps the local name, without a prefix).
public struct XMLAttribute: Sendable, Equatable {
    /// The attribute name (`xmlns` when writing a namespace declaration).
    public var name: String
    /// The value, unescaped.
    public var value: String

    /// An attribute `name="value"`.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An element of an XML document: its name (local name, without any namespace prefix), attributes,
/// child elements, and the character data directly inside it.
///
/// `text` is the concatenation of the element's own text and CDATA, entities decoded; it is empty
/// when the element has children and its own text is only whitespace (indentation).
public struct XMLElement: Sendable, Equatable {
    /// The local name (`Code` for `<s3:Code>`).
    public var name: String
    /// Attributes in document order, without namespace declarations when read.
    public var attributes: [XMLAttribute]
    /// Child elements in document order.
    public var children: [XMLElement]
    /// The element's own character data, unescaped.
    public var text: String

    /// An element; everything but the name defaults to empty.
    public init(_ name: String, attributes: [XMLAttribute] = [], children: [XMLElement] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The first child element called `name`.
    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// Every child element called `name`, in document order.
    public func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The text of the first child element called `name`.
    public func childText(_ name: String) -> String? {
        child(name)?.text
    }

    /// The value of the attribute called `name` (namespace declarations are never found).
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The element at a `/`-separated path of child names below this one, e.g. `"Errors/Error"`;
    /// each step takes the first matching child. An empty path is this element.
    public func element(atPath path: String) -> XMLElement? {
        var current = self
        for step in path.split(separator: "/") {
            guard let next = current.child(String(step)) else { return nil }
            current = next
        }
        return current
    }

    /// The text of the element at `path` (see ``element(atPath:)``).
    public func text(atPath path: String) -> String? {
        element(atPath: path)?.text
    }
}
