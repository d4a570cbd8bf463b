import Foundation
import Testing

@testable import AWSCore

@Suite("AWS timestamp formatting and parsing")
struct TimestampTests {
    let august30 = Date(timeIntervalSince1970: 1_440_938_160)

    @Test("the per-location defaults are epoch seconds in bodies, HTTP-date in headers, ISO 8601 in query and labels")
    func defaults() {
        #expect(TimestampFormat.jsonBodyDefault == .epochSeconds)
        #expect(TimestampFormat.headerDefault == .httpDate)
        #expect(TimestampFormat.queryAndLabelDefault == .iso8601)
    }

    @Test("whole-second dates format as botocore writes them")
    func formatting() {
        #expect(AWSTimestamp.format(august30, as: .iso8601) == "2015-08-30T12:36:00Z")
        #expect(AWSTimestamp.format(august30, as: .httpDate) == "Sun, 30 Aug 2015 12:36:00 GMT")
        #expect(AWSTimestamp.format(august30, as: .epochSeconds) == "1440938160")
    }

    @Test("fractions become microseconds in ISO 8601, milliseconds in epoch seconds, and vanish in HTTP-dates")
    func fractions() {
        let date = Date(timeIntervalSince1970: 1_440_938_160.5)
        #expect(AWSTimestamp.format(date, as: .iso8601) == "2015-08-30T12:36:00.500000Z")
        #expect(AWSTimestamp.format(date, as: .epochSeconds) == "1440938160.5")
        #expect(AWSTimestamp.format(date, as: .httpDate) == "Sun, 30 Aug 2015 12:36:00 GMT")
        #expect(AWSTimestamp.format(Date(timeIntervalSince1970: 1.25), as: .epochSeconds) == "1.25")
    }

    // Expected values computed with Python: calendar.timegm(...) and email.utils.formatdate(t, usegmt=True).
    @Test("calendar edges (leap day, before 1970, centuries, year 9999) match Python's calendar")
    func calendarEdges() {
        let cases: [(Double, String, String)] = [
            (1_709_251_199, "2024-02-29T23:59:59Z", "Thu, 29 Feb 2024 23:59:59 GMT"),
            (-1, "1969-12-31T23:59:59Z", "Wed, 31 Dec 1969 23:59:59 GMT"),
            (951_868_800, "2000-03-01T00:00:00Z", "Wed, 01 Mar 2000 00:00:00 GMT"),
            (-2_208_988_800, "1900-01-01T00:00:00Z", "Mon, 01 Jan 1900 00:00:00 GMT"),
            (4_133_937_600, "2100-12-31T12:00:00Z", "Fri, 31 Dec 2100 12:00:00 GMT"),
            (253_402_300_799, "9999-12-31T23:59:59Z", "Fri, 31 Dec 9999 23:59:59 GMT"),
        ]
        for (seconds, iso, http) in cases {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(AWSTimestamp.format(date, as: .iso8601) == iso)
            #expect(AWSTimestamp.format(date, as: .httpDate) == http)
            #expect(AWSTimestamp.parse(iso, as: .iso8601) == date)
            #expect(AWSTimestamp.parse(http, as: .httpDate) == date)
        }
    }

    @Test("every format round-trips for whole seconds across four centuries")
    func roundTrip() {
        var seconds = -4_000_000_000
        while seconds < 10_000_000_000 {
            let date = Date(timeIntervalSince1970: Double(seconds))
            for format in TimestampFormat.allCases {
                #expect(AWSTimestamp.parse(AWSTimestamp.format(date, as: format), as: format) == date)
            }
            seconds += 7_777_777
        }
    }

    @Test("ISO 8601 parsing accepts fractions, offsets, lowercase separators and a missing zone")
    func isoParsing() throws {
        #expect(AWSTimestamp.parse("2015-08-30T12:36:00Z", as: .iso8601) == august30)
        let fractional = try #require(AWSTimestamp.parse("2015-08-30T12:36:00.123456789Z", as: .iso8601))
        #expect(abs(fractional.timeIntervalSince1970 - 1_440_938_160.123457) < 1e-5)
        #expect(AWSTimestamp.parse("2015-08-30T14:36:00+02:00", as: .iso8601) == august30)
        #expect(AWSTimestamp.parse("2015-08-30T10:06:00-0230", as: .iso8601) == august30)
        #expect(AWSTimestamp.parse("2015-08-30t12:36:00z", as: .iso8601) == august30)
        #expect(AWSTimestamp.parse("2015-08-30T12:36:00", as: .iso8601) == august30)
    }

    @Test("HTTP-date parsing accepts the RFC 850 form, a missing weekday and a numeric zone")
    func httpDateParsing() {
        #expect(AWSTimestamp.parse("Sun, 30 Aug 2015 12:36:00 GMT", as: .httpDate) == august30)
        #expect(AWSTimestamp.parse("Sunday, 30-Aug-15 12:36:00 GMT", as: .httpDate) == august30)
        #expect(AWSTimestamp.parse("30 Aug 2015 12:36:00 UTC", as: .httpDate) == august30)
        #expect(AWSTimestamp.parse("Sun, 30 Aug 2015 14:36:00 +0200", as: .httpDate) == august30)
    }

    @Test("epoch seconds parse from integers, fractions and exponents")
    func epochParsing() {
        #expect(AWSTimestamp.parse("1440938160", as: .epochSeconds) == august30)
        #expect(AWSTimestamp.parse("1440938160.5", as: .epochSeconds) == Date(timeIntervalSince1970: 1_440_938_160.5))
        #expect(AWSTimestamp.parse("1.44093816e9", as: .epochSeconds) == august30)
        #expect(AWSTimestamp.parse("-1", as: .epochSeconds) == Date(timeIntervalSince1970: -1))
    }

    @Test("parsing without a format tries ISO 8601, then epoch seconds, then HTTP-date")
    func anyFormat() {
        #expect(AWSTimestamp.parse("2015-08-30T12:36:00Z") == august30)
        #expect(AWSTimestamp.parse(" 1440938160 ") == august30)
        #expect(AWSTimestamp.parse("Sun, 30 Aug 2015 12:36:00 GMT") == august30)
    }

    @Test("impossible or malformed timestamps parse to nil")
    func rejects() {
        let bad = [
            "", "garbage", "2015-02-30T00:00:00Z", "2015-13-01T00:00:00Z", "2015-08-30T24:00:00Z",
            "2015-08-30T12:60:00Z", "2015-08-30T12:36:60Z", "2015-08-30", "2015-08-30T12:36:00.Z",
            "2015-08-30T12:36:00Zjunk", "2015-08-30T12:36:00+25:00", "15-08-30T12:36:00Z",
            "Sun, 30 Foo 2015 12:36:00 GMT", "Sun, 32 Aug 2015 12:36:00 GMT", "Sun, 30 Aug 2015 12:36:00",
            "Sun 30 Aug 2015 12:36:00 GMT", "Sun, 30 Aug 201 12:36:00 GMT", "1e400", "nan", "inf", "12abc", ".5", "1.",
        ]
        for text in bad {
            #expect(AWSTimestamp.parse(text) == nil, "\(text)")
        }
    }
}
