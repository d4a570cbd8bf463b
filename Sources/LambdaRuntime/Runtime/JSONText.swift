/// Minimal JSON text writing for the runtime's own documents (error bodies, log lines, EMF), in a fixed key
/// order and without an encoder per line.
enum JSONText {
    /// Appends `value` as a quoted, escaped JSON string.
    static func appendString(_ value: String, to text: inout String) {
        text.append("\"")
        var needsEscape = false
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { needsEscape = true; break }
        if !needsEscape {
            text.append(value)
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text.append("\\\"")
                case "\\": text.append("\\\\")
                case "\n": text.append("\\n")
                case "\r": text.append("\\r")
                case "\t": text.append("\\t")
                case let control where control.value < 0x20:
                    let hex = String(control.value, radix: 16)
                    text.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        text.append("\"")
    }

    /// Appends a number; integral values without a fraction, non-finite ones as `null`.
    static func appendNumber(_ value: Double, to text: inout String) {
        if !value.isFinite {
            text.append("null")
        } else if value == value.rounded(), abs(value) < 1e15 {
            text.append(String(Int64(value)))
        } else {
            text.append(String(value))
        }
    }
}
