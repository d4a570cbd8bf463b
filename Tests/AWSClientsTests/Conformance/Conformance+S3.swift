import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let s3: [ConformanceRow] = []
}
