extension String {
    /// Calls `body` with the string's UTF-8 bytes, without copying when they are stored contiguously.
    @inline(__always)
    func withUTF8Buffer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws(SigV4Error) -> R) throws(SigV4Error) -> R {
        var copy = self
        // `withUTF8` only copies when the string is not already native UTF-8 (e.g. bridged).
        let result: Result<R, SigV4Error> = copy.withUTF8 { bytes in
            do throws(SigV4Error) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
