import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let sns: [ConformanceRow] = []
}
