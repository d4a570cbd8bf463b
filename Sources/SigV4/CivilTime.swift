/// Proleptic Gregorian calendar arithmetic in UTC, free of `Calendar` and `DateFormatter`
/// (locale-independent, allocation-free and safe to call from any thread). Shared by the signer's
/// `X-Amz-Date` and AWSCore's timestamp formats, hence `package` access.
package enum CivilTime {
    package static let secondsPerDay = 86_400

    package static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days between 1970-01-01 and the given date (negative before it).
    package static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        // Count years from March so that the leap day is the last day of the counted year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    package static func date(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// 0 = Sunday … 6 = Saturday.
    package static func weekday(daysSinceEpoch days: Int) -> Int {
        let remainder = (days + 4) % 7  // 1970-01-01 was a Thursday
        return remainder >= 0 ? remainder : remainder + 7
    }

    package static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    package static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    package static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Splits whole seconds since the epoch into date and time of day (floor division, so
    /// times before 1970 land on the right day).
    package static func split(epochSeconds: Int) -> (days: Int, hour: Int, minute: Int, second: Int) {
        var days = epochSeconds / secondsPerDay
        var secondOfDay = epochSeconds % secondsPerDay
        if secondOfDay < 0 {
            secondOfDay += secondsPerDay
            days -= 1
        }
        return (days, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }
}
