import Foundation
import Testing
@testable import LocalHarness

@Suite("Max Memory Used probe")
struct PeakMemoryProbeTests {
    @Test("VmHWM is read from a status file's bytes, wherever the line is")
    func parses() {
        let status = Array("Name:\tbootstrap\nVmPeak:\t  200000 kB\nVmHWM:\t   21504 kB\nVmRSS:\t   20000 kB\n".utf8)
        #expect(PeakMemoryProbe.peakKilobytes(in: status[...]) == 21504)
        #expect(PeakMemoryProbe.peakKilobytes(in: Array("Name:\tx\nXVmHWM: 5 kB\n".utf8)[...]) == nil)
        #expect(PeakMemoryProbe.peakKilobytes(in: Array("VmHWM:\t 7 kB".utf8)[...]) == 7)
    }

    @Test("the probe reads this process's own peak, again and again through one descriptor, and agrees with /proc")
    func readsLive() throws {
        let probe = try #require(PeakMemoryProbe(pid: getpid()))
        let first = try #require(probe.megabytes())
        let second = try #require(probe.megabytes())
        #expect(first > 0 && second >= first)
        let text = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        let kilobytes = try #require(line.split(separator: " ").compactMap { Int($0) }.first)
        #expect(abs(Int((Double(kilobytes) / 1024).rounded(.up)) - second) <= 64)
    }
}
