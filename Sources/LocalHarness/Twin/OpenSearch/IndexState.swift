import Foundation

/// One index: its settings, mappings and documents, with the statistics search needs kept up to date.
struct IndexState: Sendable {
    var name: String
    var uuid: String
    var creationDate: Int
    /// Flat settings (`index.number_of_shards` → `"1"`), values as strings as OpenSearch keeps them.
    var settings: [String: String]
    var mappings: IndexMappings
    /// Documents by slot; a deleted document leaves nil until the next compaction.
    private(set) var slots: [IndexedDocument?] = []
    private(set) var slotById: [String: Int] = [:]
    /// Text and keyword statistics by field path.
    private(set) var statistics: [String: FieldStatistics] = [:]
    var nextSeqNo = 0
    /// Versions of deleted documents, so a document indexed again continues its version.
    var deletedVersions: [String: Int] = [:]

    init(name: String, uuid: String, creationDate: Int, settings: [String: String], mappings: IndexMappings) {
        self.name = name
        self.uuid = uuid
        self.creationDate = creationDate
        self.settings = settings
        self.mappings = mappings
    }

    var count: Int { slotById.count }
    var documents: some Sequence<IndexedDocument> { slots.lazy.compactMap { $0 } }

    func document(_ id: String) -> IndexedDocument? { slotById[id].flatMap { slots[$0] } }

    func document(atSlot slot: Int) -> IndexedDocument? { slots[slot] }

    var slotCount: Int { slots.count }

    func statistics(_ path: String) -> FieldStatistics { statistics[path] ?? FieldStatistics() }

    /// Stores `document`, replacing the one with its id (which moves to the end, as Lucene re-adds it).
    mutating func put(_ document: IndexedDocument) {
        remove(document.id)
        account(document, sign: 1)
        slotById[document.id] = slots.count
        slots.append(document)
        deletedVersions[document.id] = nil
    }

    /// Removes document `id`; returns it.
    @discardableResult
    mutating func remove(_ id: String) -> IndexedDocument? {
        guard let slot = slotById.removeValue(forKey: id), let document = slots[slot] else { return nil }
        account(document, sign: -1)
        slots[slot] = nil
        deletedVersions[id] = document.version
        if slots.count > 64 && slotById.count * 2 < slots.count { compact() }
        return document
    }

    private mutating func compact() {
        slots = slots.compactMap { $0 }.map { Optional($0) }
        slotById = [:]
        for (slot, document) in slots.enumerated() { slotById[document!.id] = slot }
    }

    private mutating func account(_ document: IndexedDocument, sign: Int) {
        for (path, terms) in document.text where terms.length > 0 {
            var stats = statistics[path] ?? FieldStatistics()
            stats.docCount += sign
            stats.sumTotalTermFreq += sign * terms.length
            for term in terms.frequencies.keys { stats.docFreq[term, default: 0] += sign }
            statistics[path] = stats
        }
        for (path, values) in document.keywords {
            var stats = statistics[path] ?? FieldStatistics()
            let distinct = Set(values)
            stats.docCount += sign
            stats.sumTotalTermFreq += sign * distinct.count
            for value in distinct { stats.docFreq[value, default: 0] += sign }
            statistics[path] = stats
        }
    }
}
