import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let mediaConvert: [ConformanceRow] = []
}
