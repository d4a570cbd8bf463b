import Foundation

/// JSON coders configured the way AWS JSON protocols (awsJson and restJson bodies) expect.
public enum AWSJSONCoding {
    /// An encoder writing dates as epoch seconds (a whole number when the date has no fraction,
    /// else millisecond precision), `Data` as base64, keys sorted, `/` unescaped.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            let interval = min(max(date.timeIntervalSince1970, -1e13), 1e13)
            let millis = (interval * 1000).rounded()
            if millis.truncatingRemainder(dividingBy: 1000) == 0 {
                try container.encode(Int64(millis / 1000))
            } else {
                try container.encode(millis / 1000)
            }
        }
        encoder.dataEncodingStrategy = .base64
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder reading dates from epoch-second numbers or from strings in any AWS timestamp
    /// format, and `Data` from base64.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            if let seconds = try? container.decode(Double.self) {
                return Date(timeIntervalSince1970: seconds)
            }
            let text = try container.decode(String.self)
            guard let date = AWSTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not an AWS timestamp")
            }
            return date
        }
        decoder.dataDecodingStrategy = .base64
        return decoder
    }
}
