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
    /// The inverted index: field → term (or keyword value) → slot → frequency.
    private(set) var postings: [String: [String: [Int: Int]]] = [:]
    /// Text field lengths: field → slot → tokens.
    private(set) var lengths: [String: [Int: Int]] = [:]
    /// Vectors: field → slot → vector.
    private(set) var vectors: [String: [Int: [Float]]] = [:]
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
        account(document, slot: slots.count, sign: 1)
        slotById[document.id] = slots.count
        slots.append(document)
        deletedVersions[document.id] = nil
    }

    /// Removes document `id`; returns it.
    @discardableResult
    mutating func remove(_ id: String) -> IndexedDocument? {
        guard let slot = slotById.removeValue(forKey: id), let document = slots[slot] else { return nil }
        account(document, slot: slot, sign: -1)
        slots[slot] = nil
        deletedVersions[id] = document.version
        if slots.count > 64 && slotById.count * 2 < slots.count { compact() }
        return document
    }

    private mutating func compact() {
        let live = slots.compactMap { $0 }
        slots = []
        slotById = [:]
        statistics = [:]
        postings = [:]
        lengths = [:]
        vectors = [:]
        for document in live {
            account(document, slot: slots.count, sign: 1)
            slotById[document.id] = slots.count
            slots.append(document)
        }
    }

    /// Adds (`sign` 1) or removes (-1) a document's statistics, postings, lengths and vectors.
    private mutating func account(_ document: IndexedDocument, slot: Int, sign: Int) {
        for (path, terms) in document.text where terms.length > 0 {
            statistics[path, default: FieldStatistics()].docCount += sign
            statistics[path, default: FieldStatistics()].sumTotalTermFreq += sign * terms.length
            lengths[path, default: [:]][slot] = sign > 0 ? terms.length : nil
            for (term, freq) in terms.frequencies {
                statistics[path, default: FieldStatistics()].docFreq[term, default: 0] += sign
                postings[path, default: [:]][term, default: [:]][slot] = sign > 0 ? freq : nil
            }
        }
        for (path, values) in document.keywords {
            let distinct = Set(values)
            statistics[path, default: FieldStatistics()].docCount += sign
            statistics[path, default: FieldStatistics()].sumTotalTermFreq += sign * distinct.count
            for value in distinct {
                statistics[path, default: FieldStatistics()].docFreq[value, default: 0] += sign
                postings[path, default: [:]][value, default: [:]][slot] = sign > 0 ? 1 : nil
            }
        }
        for (path, vector) in document.vectors { vectors[path, default: [:]][slot] = sign > 0 ? vector : nil }
    }
}
