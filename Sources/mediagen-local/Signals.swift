import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM.
enum Signals {
    static func waitForTermination() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = Once(continuation)
            var sources: [DispatchSourceSignal] = []
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { once.resume() }
                source.resume()
                sources.append(source)
            }
            once.keep(sources)
        }
    }

    /// Resumes the continuation once, and keeps the signal sources alive until then.
    private final class Once: @unchecked Sendable {  // @unchecked: every access goes through `lock`.
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Void, Never>?
        private var sources: [DispatchSourceSignal] = []

        init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

        func keep(_ sources: [DispatchSourceSignal]) {
            lock.lock()
            self.sources = sources
            lock.unlock()
        }

        func resume() {
            lock.lock()
            let pending = continuation
            continuation = nil
            lock.unlock()
            pending?.resume()
        }
    }
}
